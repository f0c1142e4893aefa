package vn.thidua.platform.validation;

import org.springframework.security.access.AccessDeniedException;

/** A 403 that says why, in Vietnamese, with a stable code a calling system can act on. */
public class Refused extends AccessDeniedException {

    private final String code;

    public Refused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
