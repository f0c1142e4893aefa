package vn.thidua.voting.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.Refused;

/** A vote page's step and the way back to the vote with its outcome. */
final class VoteFlash {

    /** A step of a use case, run for its effect; the page shows the vote again afterwards. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    private VoteFlash() {}

    /**
     * Runs a step and comes back to the vote: a refusal (bad input, the vote's state, a rule about
     * who may) is shown on the vote's page rather than on an error page.
     */
    static String act(RedirectAttributes redirect, long id, String success, Step step) {
        try {
            Flash.run(redirect, success, "Cuộc biểu quyết vừa được người khác thay đổi. Tải lại trang.", () -> {
                step.run();
                return null;
            });
        } catch (Conflict | Refused e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return back(id);
    }

    /**
     * What the chair typed (the counts of hands or of paper ballots), shown again beside the refusal:
     * a count of forty hands is retyped from the minutes otherwise. The version is not kept, so that
     * the form goes out again with the vote's current one.
     */
    private static String keepTyped(RedirectAttributes redirect, Map<String, String> form, long id) {
        flashTyped(redirect, form);
        return back(id);
    }

    /** Back to the vote with this refusal, nothing done: what the page sent could not be read. */
    static String refuse(RedirectAttributes redirect, long id, String error) {
        redirect.addFlashAttribute("errors", List.of(error));
        return back(id);
    }

    /** Refuses what the chair typed with these errors, and shows it again beside them. */
    static String refuseTyped(RedirectAttributes redirect, Map<String, String> form, long id, List<String> errors) {
        redirect.addFlashAttribute("errors", errors);
        return keepTyped(redirect, form, id);
    }

    /** Runs a step on what the chair typed ({@link #act}), which is shown again if the step is refused. */
    static String actKeepingTyped(
            RedirectAttributes redirect, Map<String, String> form, long id, String success, Step step) {
        return keepTypedIfRefused(redirect, form, act(redirect, id, success, step));
    }

    /** Keeps what was typed when the step was refused ({@link #act} left its errors for the next page). */
    private static String keepTypedIfRefused(RedirectAttributes redirect, Map<String, String> form, String to) {
        if (redirect.getFlashAttributes().containsKey("errors")) {
            flashTyped(redirect, form);
        }
        return to;
    }

    private static void flashTyped(RedirectAttributes redirect, Map<String, String> form) {
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("version");
        typed.remove("_csrf");
        redirect.addFlashAttribute("typed", typed);
    }

    static String back(long id) {
        return "redirect:/votes/" + id;
    }
}
