package vn.thidua.platform.security.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    /** RFC 4648 section 10, with the padding the encoder leaves out. */
    @ParameterizedTest
    @CsvSource(
            value = {
                "'',''",
                "f,MY======",
                "fo,MZXQ====",
                "foo,MZXW6===",
                "foob,MZXW6YQ=",
                "fooba,MZXW6YTB",
                "foobar,MZXW6YTBOI======"
            })
    void matchesTheRfc4648TestVectors(String plain, String padded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes)).isEqualTo(padded.replace("=", ""));
        assertThat(Base32.decode(padded)).isEqualTo(bytes);
        assertThat(Base32.decode(padded.replace("=", ""))).isEqualTo(bytes);
    }

    @Test
    void decodesWhatItEncodedForEveryLength() {
        SecureRandom random = new SecureRandom();
        for (int length = 0; length <= 41; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);

            assertThat(Base32.decode(Base32.encode(bytes)))
                    .as("length %d", length)
                    .isEqualTo(bytes);
        }
    }

    @Test
    void readsASecretCopiedInLowerCaseAndGroups() {
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(" MZXW\t6YTB\nOI ")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZXW0YTB", "MZXW1YTB", "MZXW8YTB", "MZXW-YTB", "MZ=XW6YTB", "MZXWĐYTB"})
    void refusesCharactersOutsideTheAlphabet(String text) {
        assertThatThrownBy(() -> Base32.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"M", "MZX", "MZXW6Y"})
    void refusesALengthNoEncodingProduces(String text) {
        assertThatThrownBy(() -> Base32.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
