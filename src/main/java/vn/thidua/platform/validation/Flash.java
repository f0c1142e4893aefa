package vn.thidua.platform.validation;

import java.io.IOException;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's small write followed by a redirect: a success message, or the refusal's messages, shown on the next page.
 */
public final class Flash {

    @FunctionalInterface
    public interface Write {
        Object run() throws IOException;
    }

    private Flash() {}

    public static void run(RedirectAttributes redirect, String success, String conflict, Write write) {
        try {
            write.run();
            redirect.addFlashAttribute("saved", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errors", List.of(conflict));
        } catch (IOException e) {
            redirect.addFlashAttribute("errors", List.of("Không đọc được tệp tải lên."));
        }
    }
}
