package vn.thidua.proposals.web;

import static vn.thidua.proposals.web.PageWrites.back;
import static vn.thidua.proposals.web.PageWrites.write;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.PublicComments;
import vn.thidua.proposals.Review;

/**
 * The board's writes on the proposal's page: review, công khai and its comments, the council. Each
 * form is bound to the request record the API takes too.
 */
@Controller
record ReviewPages(Review review, PublicComments comments, BoardSteps steps, ProposalPaths paths) {

    /** Taking up review, công khai, its end, the council's result, a revote: the form sends the version only. */
    @PostMapping("/proposals/{id}/" + BoardSteps.PATH)
    String step(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String step,
            ProposalCommands.Version command,
            RedirectAttributes redirect) {
        BoardSteps.Kind kind = steps.kind(step);
        write(redirect, kind.done(), () -> steps.take(kind, user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/return")
    String returnProposal(
            CurrentUser user, @PathVariable long id, ProposalCommands.Reason command, RedirectAttributes redirect) {
        write(redirect, "Đã trả lại đề nghị cho người đề nghị.", () -> review.returnProposal(user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/checklist")
    String checklist(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            ProposalCommands.Checklist command,
            RedirectAttributes redirect) {
        write(redirect, "Đã lưu kết quả thẩm định.", () -> review.checklist(user, id, candidateId, command));
        return back(id) + "#candidate-" + candidateId;
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/step/{step}")
    String candidateStep(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @PathVariable String step,
            ProposalCommands.Reason command,
            RedirectAttributes redirect) {
        write(
                redirect,
                "Đã cập nhật.",
                () -> review.candidateStep(user, id, candidateId, paths.candidateStep(step), command));
        return back(id) + "#candidate-" + candidateId;
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/spam")
    String spam(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            ProposalCommands.Version command,
            RedirectAttributes redirect) {
        String done = "Đã đánh dấu ý kiến không liên quan; ý kiến này không cần trả lời.";
        write(redirect, done, () -> comments.markSpam(user, id, commentId, command));
        return back(id) + "#comments";
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/answer")
    String answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            ProposalCommands.Answer command,
            RedirectAttributes redirect) {
        write(redirect, "Đã lưu câu trả lời.", () -> comments.answer(user, id, commentId, command));
        return back(id) + "#comments";
    }
}
