package vn.thidua.proposals.web;

import java.util.List;
import java.util.Optional;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Flash;
import vn.thidua.proposals.ProposalView;

/** A write from a proposal's pages, the proposer's and the board's alike, and the way back to the proposal. */
final class PageWrites {

    static final String CONFLICT = "Đề nghị vừa được người khác cập nhật. Tải lại trang để xem bản mới.";

    private PageWrites() {}

    /**
     * A page's write: the success message, or the refusal's messages (bad input, a stale page, a step
     * the proposal's state no longer allows), shown on the next page. The new proposal when it went through.
     */
    static Optional<ProposalView> write(RedirectAttributes redirect, String success, Flash.Write write) {
        ProposalView[] done = new ProposalView[1];
        try {
            Flash.run(redirect, success, CONFLICT, () -> done[0] = (ProposalView) write.run());
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return Optional.ofNullable(done[0]);
    }

    static String back(long id) {
        return "redirect:/proposals/" + id;
    }
}
