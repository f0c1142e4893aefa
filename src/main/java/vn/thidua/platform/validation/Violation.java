package vn.thidua.platform.validation;

/**
 * One thing wrong with a request: the offending field (or null for the whole request), a message for
 * the user, and the message's key as a stable code a calling system can act on (null for a problem
 * put into words elsewhere, e.g. by a file reader naming the row).
 */
public record Violation(String field, String message, String code) {

    public Violation(String field, String message) {
        this(field, message, null);
    }
}
