package vn.thidua.platform.validation;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * A page form's write, in the one shape every form page takes: when the form was bound without errors the write runs
 * (it flashes its success message and answers the redirect); a refusal lands beside the form's fields (bad input on
 * its field, a wrong state or a stale version as a message of the whole form) and the form is shown again, with what
 * was typed kept ({@link FormErrors#show}).
 */
public final class FormWrite {

    private FormWrite() {}

    /** The write, or the form again when binding or the write is refused. */
    public static String submit(BindingResult result, Supplier<String> write, Supplier<String> formAgain) {
        return submit(result, null, write, formAgain);
    }

    /**
     * The same for a form that carries the version it read: a save over a version someone else has changed comes back
     * with {@code stale} (may be null where the write takes no version).
     */
    public static String submit(
            BindingResult result, String stale, Supplier<String> write, Supplier<String> formAgain) {
        String done = result.hasErrors() ? null : attempt(result, stale, write);
        return done != null ? done : formAgain.get();
    }

    private static String attempt(BindingResult result, String stale, Supplier<String> write) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
        } catch (Conflict e) {
            result.reject("conflict", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            if (stale == null) {
                throw e;
            }
            result.reject("conflict", stale);
        }
        return null;
    }
}
