package vn.thidua.platform.validation;

/**
 * A request that the record's present state no longer allows (cancelling a job that has ended):
 * a 409 that says why, in Vietnamese, with a stable code a calling system can act on.
 */
public class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
