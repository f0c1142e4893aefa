package vn.thidua.platform.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Collects the problems of one write: the bean-validation constraints of the command and the
 * business rules the service adds, then refuses the whole write if anything is wrong.
 */
@Component
public record Checks(Validator validator, Messages messages) {

    /** One refusal, for a write that must stop at its first broken rule. */
    public InvalidInputException refusal(String field, String code, Object... args) {
        return none().reject(field, code, args).violationsAsException();
    }

    /** A step the record's present state does not allow (409): the code is the message's key. */
    public Conflict conflict(String code, Object... args) {
        return new Conflict(code, messages.get(code, args));
    }

    /**
     * A conflict whose code stays one while its wording fits the reader (a council member is "Bạn", a
     * member unit "Đơn vị"): {@code wording} is the key of the message shown.
     */
    public Conflict conflictWorded(String code, String wording, Object... args) {
        return new Conflict(code, messages.get(wording, args));
    }

    /** One refusal with its own wording under a stable code (see {@link #conflictWorded}). */
    public InvalidInputException refusalWorded(String field, String code, String wording, Object... args) {
        return none().rejectWorded(field, code, wording, args).violationsAsException();
    }

    /** A thing that does not exist, or that the user may not know exists (404). */
    public NotFoundException notFound(String code, Object... args) {
        return new NotFoundException(code, messages.get(code, args));
    }

    /** A user who may not take this step, with the reason (403). */
    public Refused forbidden(String code, Object... args) {
        return new Refused(code, messages.get(code, args));
    }

    /** For a write whose input has no bean-validation constraints of its own. */
    public Collector none() {
        return new Collector();
    }

    public Collector of(Object command) {
        Collector collector = new Collector();
        validator.validate(command).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> collector.violations.add(
                        new Violation(v.getPropertyPath().toString(), v.getMessage(), code(v.getMessageTemplate()))));
        return collector;
    }

    /** "{unit.name.required}" is the code of its message; a template that is not one key has none. */
    static String code(String template) {
        return template != null && template.matches("\\{[\\w.]+}")
                ? template.substring(1, template.length() - 1)
                : null;
    }

    public final class Collector {
        private final List<Violation> violations = new ArrayList<>();

        public Collector reject(String field, String code, Object... args) {
            violations.add(new Violation(field, messages.get(code, args), code));
            return this;
        }

        /** A problem under a stable code, worded by another key for its reader (see {@link #conflictWorded}). */
        public Collector rejectWorded(String field, String code, String wording, Object... args) {
            violations.add(new Violation(field, messages.get(wording, args), code));
            return this;
        }

        /** A problem already put into words, e.g. by a file reader naming the row. */
        public Collector add(Violation violation) {
            violations.add(violation);
            return this;
        }

        public boolean hasErrorOn(String field) {
            return violations.stream().anyMatch(v -> field.equals(v.field()));
        }

        public List<Violation> violations() {
            return List.copyOf(violations);
        }

        public boolean isValid() {
            return violations.isEmpty();
        }

        /** The refusal of what was collected, for a write that must stop here. */
        public InvalidInputException violationsAsException() {
            return new InvalidInputException(violations);
        }

        public void throwIfInvalid() {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
    }
}
