package vn.thidua.platform.validation;

/**
 * The thing asked for does not exist (404); the message is already in Vietnamese, the code is its
 * key in messages.properties, stable for a calling system.
 */
public class NotFoundException extends RuntimeException {

    /** The code of a missing thing whose refusal has no key of its own. */
    public static final String GENERIC = "problem.notFound";

    private final String code;

    public NotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public NotFoundException(String message) {
        this(GENERIC, message);
    }

    public String code() {
        return code;
    }
}
