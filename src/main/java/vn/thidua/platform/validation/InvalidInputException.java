package vn.thidua.platform.validation;

import java.util.List;

/** Refuses a write: nothing has been saved. Carries every problem found, each with its field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream()
                .map(Violation::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
