package vn.thidua.signatures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignerMatchTest {

    @Test
    void anEmailOfTheCertificateEqualToTheAccountsDecides() {
        assertThat(SignerMatch.matches("Tên khác", List.of("qd@langson.gov.vn"), "Nguyễn Văn A", "QD@LangSon.gov.vn"))
                .isTrue();
        assertThat(SignerMatch.matches(
                        "Nguyễn Văn A", List.of("khac@langson.gov.vn"), "Nguyễn Văn A", "qd@langson.gov.vn"))
                .as("the same name with another address is someone else")
                .isFalse();
    }

    @Test
    void withoutAnEmailOnEitherSideTheFullNameMustBeTheCommonName() {
        assertThat(SignerMatch.matches("NGUYỄN VĂN  A", List.of(), "Nguyễn Văn A", null))
                .isTrue();
        assertThat(SignerMatch.matches("Nguyễn Văn A", List.of("a@x.vn"), "Nguyễn Văn A", null))
                .isTrue();
        assertThat(SignerMatch.matches("Nguyễn Văn B", List.of(), "Nguyễn Văn A", "a@x.vn"))
                .isFalse();
        assertThat(SignerMatch.matches(null, List.of(), "Nguyễn Văn A", null)).isFalse();
    }

    @Test
    void composedAndDecomposedVietnameseLettersAreTheSameName() {
        String decomposed = Normalizer.normalize("Nguyễn Văn A", Normalizer.Form.NFD);
        assertThat(SignerMatch.matches(decomposed, List.of(), "Nguyễn Văn A", null))
                .isTrue();
    }
}
