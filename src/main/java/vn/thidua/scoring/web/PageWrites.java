package vn.thidua.scoring.web;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;

/** What the bloc year's page controllers share: a write followed by a redirect, and the page's heading data. */
final class PageWrites {

    private PageWrites() {}

    /**
     * Runs a write and goes back, with its success or its refusal shown there; a step the year's state
     * does not allow is shown the same way as bad input, since the page only needs to say why.
     */
    static String act(RedirectAttributes redirect, String back, String success, String conflict, Flash.Write write) {
        Flash.run(redirect, success, conflict, () -> {
            try {
                return write.run();
            } catch (Conflict e) {
                throw new InvalidInputException(List.of(new Violation(null, e.getMessage(), e.code())));
            }
        });
        return back;
    }

    /**
     * The same, and on a refusal what the officer typed goes back to the page under {@code name}, so that
     * an error never costs the officer a reason or a date to retype.
     */
    static String actKeeping(
            RedirectAttributes redirect,
            String back,
            String success,
            String conflict,
            String name,
            Object typed,
            Flash.Write write) {
        act(redirect, back, success, conflict, write);
        if (refused(redirect)) {
            redirect.addFlashAttribute(name, typed);
        }
        return back;
    }

    static boolean refused(RedirectAttributes redirect) {
        return redirect.getFlashAttributes().containsKey("errors");
    }

    static void common(Model model, BlocYearScope scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("bloc", scope.bloc());
        model.addAttribute("year", scope.year());
    }
}
