package vn.thidua.proposals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentContactTest {

    private static String of(String typed) {
        return CommentContact.parse(typed).map(CommentContact::value).orElse(null);
    }

    @Test
    void aVietnameseMobileNumberIsOneContactHoweverTyped() {
        assertThat(of("0912 345 678")).isEqualTo("+84912345678");
        assertThat(of("+84 912.345.678")).isEqualTo("+84912345678");
        assertThat(of("84912345678")).isEqualTo("+84912345678");
        assertThat(of("(091) 234-5678")).isEqualTo("+84912345678");
    }

    @Test
    void aLandlineWithItsAreaCodeAndAForeignNumberKeepTheirDigits() {
        assertThat(of("024 3825 1234")).isEqualTo("+842438251234");
        assertThat(of("+33 1 23 45 67 89")).isEqualTo("+33123456789");
    }

    @Test
    void anEmailIsComparedWithoutCase() {
        assertThat(of(" Nguyen.A@Example.VN ")).isEqualTo("nguyen.a@example.vn");
    }

    @Test
    void refusesWhatCannotBeAnswered() {
        assertThat(of("........")).isNull();
        assertThat(of("1234")).isNull();
        assertThat(of("gọi tôi nhé")).isNull();
        assertThat(of("")).isNull();
        assertThat(of(null)).isNull();
    }
}
