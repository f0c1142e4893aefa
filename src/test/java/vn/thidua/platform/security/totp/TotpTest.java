package vn.thidua.platform.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 Appendix B. */
    private static final TotpSecret RFC_SECRET =
            new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    private static final Instant NOW = Instant.parse("2026-11-23T08:15:40Z");
    private static final long STEP = Totp.timeStep(NOW);

    /**
     * RFC 6238 Appendix B gives 8 digits; 6 digits come from the same truncated number modulo 10^6,
     * so they are its last six.
     */
    @ParameterizedTest
    @CsvSource({
        "59, 0000000000000001, 94287082",
        "1111111109, 00000000023523EC, 07081804",
        "1111111111, 00000000023523ED, 14050471",
        "1234567890, 000000000273EF07, 89005924",
        "2000000000, 0000000003F940AA, 69279037",
        "20000000000, 0000000027BC86AA, 65353130"
    })
    void matchesTheRfc6238Sha1TestVectors(long epochSeconds, String stepHex, String eightDigits) {
        long step = Totp.timeStep(Instant.ofEpochSecond(epochSeconds));

        assertThat(step).isEqualTo(Long.parseLong(stepHex, 16));
        assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void keepsLeadingZeros() {
        long step = Totp.timeStep(Instant.ofEpochSecond(1111111109));

        assertThat(Totp.code(RFC_SECRET, step)).isEqualTo("081804");
    }

    @Test
    void stepsEveryThirtySeconds() {
        assertThat(Totp.timeStep(Instant.ofEpochSecond(0))).isZero();
        assertThat(Totp.timeStep(Instant.ofEpochSecond(29))).isZero();
        assertThat(Totp.timeStep(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(Totp.timeStep(Instant.ofEpochSecond(30, 999_999_999))).isEqualTo(1);
    }

    @Test
    void acceptsTheCurrentCodeAndReturnsItsStep() {
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, STEP), NOW, Totp.NO_STEP_USED))
                .isEqualTo(OptionalLong.of(STEP));
    }

    @Test
    void acceptsTheCodeOfOneStepEitherSideForClockDrift() {
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, STEP - 1), NOW, Totp.NO_STEP_USED))
                .isEqualTo(OptionalLong.of(STEP - 1));
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, STEP + 1), NOW, Totp.NO_STEP_USED))
                .isEqualTo(OptionalLong.of(STEP + 1));
    }

    @Test
    void refusesTheCodeOfTwoStepsEitherSide() {
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, STEP - 2), NOW, Totp.NO_STEP_USED))
                .isEmpty();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, STEP + 2), NOW, Totp.NO_STEP_USED))
                .isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsed() {
        String code = Totp.code(RFC_SECRET, STEP);
        long used = Totp.verify(RFC_SECRET, code, NOW, Totp.NO_STEP_USED).orElseThrow();

        assertThat(Totp.verify(RFC_SECRET, code, NOW, used)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, code, NOW.plusSeconds(20), used)).isEmpty();
    }

    @Test
    void refusesAnOlderCodeOnceANewerOneWasUsed() {
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, STEP - 1), NOW, STEP))
                .isEmpty();
    }

    @Test
    void acceptsTheNextCodeAfterOneWasUsed() {
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, STEP + 1), NOW.plusSeconds(30), STEP))
                .isEqualTo(OptionalLong.of(STEP + 1));
    }

    @Test
    void acceptsACodeTypedWithSpaces() {
        String code = Totp.code(RFC_SECRET, STEP);
        String spaced = " " + code.substring(0, 3) + " " + code.substring(3) + "\u00A0";

        assertThat(Totp.verify(RFC_SECRET, spaced, NOW, Totp.NO_STEP_USED)).isEqualTo(OptionalLong.of(STEP));
    }

    @Test
    void refusesAWrongCode() {
        String code = Totp.code(RFC_SECRET, STEP);
        String wrong = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);

        assertThat(Totp.verify(RFC_SECRET, wrong, NOW, Totp.NO_STEP_USED)).isEmpty();
        assertThat(Totp.verify(TotpSecret.generate(), code, NOW, Totp.NO_STEP_USED))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12345a", "123-456", "１２３４５６"})
    void refusesWhatIsNotSixDigits(String typed) {
        assertThat(Totp.verify(RFC_SECRET, typed, NOW, Totp.NO_STEP_USED)).isEmpty();
    }

    @Test
    void refusesNoCodeAtAll() {
        assertThat(Totp.verify(RFC_SECRET, null, NOW, Totp.NO_STEP_USED)).isEmpty();
    }
}
