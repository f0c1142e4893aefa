package vn.thidua.platform.security.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpSecretTest {

    private static final TotpSecret RFC_SECRET =
            new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void generatesTwentyRandomBytes() {
        TotpSecret one = TotpSecret.generate();
        TotpSecret other = TotpSecret.generate();

        assertThat(one.bytes()).hasSize(20);
        assertThat(one).isNotEqualTo(other);
        assertThat(one.base32()).hasSize(32).matches("[A-Z2-7]+");
    }

    @Test
    void comesBackFromItsBase32() {
        TotpSecret secret = TotpSecret.generate();

        assertThat(TotpSecret.fromBase32(secret.base32())).isEqualTo(secret);
        assertThat(RFC_SECRET.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void cannotBeChangedThroughItsArrays() {
        byte[] given = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        TotpSecret secret = new TotpSecret(given);

        given[0] = 0;
        secret.bytes()[1] = 0;

        assertThat(secret).isEqualTo(RFC_SECRET);
    }

    @Test
    void keepsTheKeyOutOfLogs() {
        assertThat(RFC_SECRET.toString()).doesNotContain(RFC_SECRET.base32()).doesNotContain("1234");
    }

    @Test
    void refusesAKeyShorterThan128Bits() {
        assertThatThrownBy(() -> new TotpSecret(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TotpSecret.fromBase32("MZXW6YTB")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentEncodesAVietnameseIssuerInTheOtpauthUri() {
        String uri = RFC_SECRET.otpauthUri("Thi đua", "nguyen.van.a@sotnmt.gov.vn");

        assertThat(uri)
                .isEqualTo("otpauth://totp/Thi%20%C4%91ua:nguyen.van.a%40sotnmt.gov.vn"
                        + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Thi%20%C4%91ua"
                        + "&algorithm=SHA1&digits=6&period=30");
        assertThat(URI.create(uri).getScheme()).isEqualTo("otpauth");
        assertThat(URLDecoder.decode(
                        uri.substring(uri.indexOf("issuer=") + 7, uri.indexOf("&algorithm")), StandardCharsets.UTF_8))
                .isEqualTo("Thi đua");
    }

    @Test
    void encodesAccountNamesWithDiacriticsAndSpacesAsPercentNotPlus() {
        String uri = RFC_SECRET.otpauthUri("Thi đua", "Nguyễn Văn An");

        assertThat(uri)
                .startsWith("otpauth://totp/Thi%20%C4%91ua:Nguy%E1%BB%85n%20V%C4%83n%20An?")
                .doesNotContain("+");
    }

    @Test
    void refusesAColonInTheLabel() {
        assertThatThrownBy(() -> RFC_SECRET.otpauthUri("Thi:đua", "an")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RFC_SECRET.otpauthUri("Thi đua", "a:n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RFC_SECRET.otpauthUri(" ", "an")).isInstanceOf(IllegalArgumentException.class);
    }
}
