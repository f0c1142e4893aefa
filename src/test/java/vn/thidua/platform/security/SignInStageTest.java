package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The order of the steps on the way in, and what each lets through. */
class SignInStageTest {

    @Test
    void theSecondFactorComesBeforeAForcedPasswordChange() {
        assertThat(SignInStage.of(true, false, true, true)).isEqualTo(SignInStage.TOTP);
        assertThat(SignInStage.of(true, true, true, true)).isEqualTo(SignInStage.PASSWORD_CHANGE);
    }

    @Test
    void aRoleThatMustHaveASecondFactorEnrolsAfterItsPasswordChange() {
        assertThat(SignInStage.of(false, false, true, true)).isEqualTo(SignInStage.PASSWORD_CHANGE);
        assertThat(SignInStage.of(false, false, false, true)).isEqualTo(SignInStage.TOTP_ENROL);
        assertThat(SignInStage.of(false, false, false, false)).isEqualTo(SignInStage.SIGNED_IN);
        assertThat(SignInStage.of(true, true, false, true)).isEqualTo(SignInStage.SIGNED_IN);
    }

    @Test
    void onlyTheLastStageCarriesTheRole() {
        SignedInUser half = new SignedInUser(
                new CurrentUser(1, "a", "A", Role.BOARD, 1L, null, null),
                SignInStage.TOTP,
                false,
                SignedInUser.Method.PASSWORD);
        assertThat(half.authentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("STAGE_TOTP");
        SignedInUser full = new SignedInUser(half.user(), SignInStage.SIGNED_IN, true, SignedInUser.Method.PASSWORD);
        assertThat(full.authentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("SIGNED_IN", "ROLE_BOARD");
    }
}
