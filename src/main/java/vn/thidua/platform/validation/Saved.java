package vn.thidua.platform.validation;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end of a page form's write that went through: its success message flashed for the next page, and the redirect to
 * that page. Used as the write given to {@link FormWrite#submit}.
 */
public final class Saved {

    private Saved() {}

    /** Flashes {@code message} and answers the redirect to {@code path}. */
    public static String redirect(RedirectAttributes redirect, String message, String path) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:" + path;
    }

    /** A write that answers nothing, then {@link #redirect}: the write {@link FormWrite#submit} runs. */
    public static Supplier<String> after(Runnable write, RedirectAttributes redirect, String message, String path) {
        return () -> {
            write.run();
            return redirect(redirect, message, path);
        };
    }
}
