package vn.thidua.platform.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void generatesTenDistinctCodesGroupedInFives() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(codes)
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"));
    }

    @Test
    void neverUsesCharactersMisreadOnPaper() {
        assertThat(RecoveryCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            for (String code : RecoveryCodes.generate()) {
                code.replace("-", "").chars().forEach(c -> seen.add((char) c));
            }
        }
        assertThat(seen).doesNotContain('0', 'O', '1', 'I', 'L');
        assertThat(seen).as("the whole alphabet is used").hasSize(RecoveryCodes.ALPHABET.length());
    }

    @Test
    void differsFromOneGenerationToTheNext() {
        assertThat(RecoveryCodes.generate()).doesNotContainAnyElementsOf(RecoveryCodes.generate());
    }

    @Test
    void normalizesWhatTheUserTyped() {
        assertThat(RecoveryCodes.normalize("abcde-fghjk")).isEqualTo("ABCDEFGHJK");
        assertThat(RecoveryCodes.normalize(" ABCDE FGHJK ")).isEqualTo("ABCDEFGHJK");
        assertThat(RecoveryCodes.normalize("ab-cde fg-hjk\t")).isEqualTo("ABCDEFGHJK");
    }

    @Test
    void aShownCodeAndItsTypedFormHashAlike() {
        String shown = RecoveryCodes.generate().get(0);
        String typed = shown.toLowerCase().replace("-", " ");

        assertThat(RecoveryCodes.sha256Hex(RecoveryCodes.normalize(typed)))
                .isEqualTo(RecoveryCodes.sha256Hex(RecoveryCodes.normalize(shown)));
    }

    @Test
    void hashesAsLowerCaseSha256Hex() {
        assertThat(RecoveryCodes.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
