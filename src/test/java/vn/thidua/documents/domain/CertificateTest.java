package vn.thidua.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static Certificate.Batch signedBy(String title) {
        return new Certificate.Batch(
                Certificate.Kind.BANG_KHEN,
                "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
                "Lạng Sơn, ngày 10 tháng 02 năm 2025",
                title,
                "Nguyễn Văn Bình",
                List.of());
    }

    @Test
    void aDeputySignsOnBehalfOfTheHead() {
        assertThat(signedBy("Phó Chủ tịch").signerTitleLines()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(signedBy(" phó giám đốc ").signerTitleLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void theHeadAndATitleTypedWithItsPrefixAreOneLineAsTyped() {
        assertThat(signedBy("Chủ tịch").signerTitleLines()).containsExactly("CHỦ TỊCH");
        assertThat(signedBy("TM. Ủy ban nhân dân").signerTitleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN");
    }

    @Test
    void onABlankTheTwoLinesGoInTheSignerTitlesBox() {
        assertThat(BlankLayout.Field.SIGNER_TITLE.text(signedBy("Phó Chủ tịch"), null))
                .isEqualTo("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    }
}
