package vn.thidua.voting.web;

import java.io.IOException;
import java.util.List;
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

    static String back(long id) {
        return "redirect:/votes/" + id;
    }
}
