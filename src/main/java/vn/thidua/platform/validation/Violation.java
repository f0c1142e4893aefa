package vn.thidua.platform.validation;

/** One thing wrong with a request: the offending field (or null for the whole request) and a message for the user. */
public record Violation(String field, String message) {
}
