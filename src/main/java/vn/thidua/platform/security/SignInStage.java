package vn.thidua.platform.security;

/**
 * Where a person stands on the way in. Only {@code SIGNED_IN} reaches the application; each other
 * stage opens only its own page. The second factor comes before a forced password change, so that
 * a stolen password alone cannot choose the next one.
 */
public enum SignInStage {
    TOTP,
    PASSWORD_CHANGE,
    TOTP_ENROL,
    SIGNED_IN;

    static SignInStage of(boolean totpEnrolled, boolean totpPassed, boolean mustChangePassword, boolean totpRequired) {
        if (totpEnrolled && !totpPassed) {
            return TOTP;
        }
        if (mustChangePassword) {
            return PASSWORD_CHANGE;
        }
        if (!totpEnrolled && totpRequired) {
            return TOTP_ENROL;
        }
        return SIGNED_IN;
    }

    /** The authority that lets a request of this stage through; the application asks for {@code SIGNED_IN}. */
    String authority() {
        return this == SIGNED_IN ? "SIGNED_IN" : "STAGE_" + name();
    }
}
