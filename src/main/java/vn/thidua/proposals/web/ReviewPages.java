package vn.thidua.proposals.web;

import static vn.thidua.proposals.web.ProposalPages.back;
import static vn.thidua.proposals.web.ProposalPages.write;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.CouncilVotes;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.PublicComments;
import vn.thidua.proposals.Review;

/** The board's writes on the proposal's page: review, công khai and its comments, the council. */
@Controller
class ReviewPages {

    private final Review review;
    private final PublicComments comments;
    private final CouncilVotes council;
    private final ProposalPaths paths;

    ReviewPages(Review review, PublicComments comments, CouncilVotes council, ProposalPaths paths) {
        this.review = review;
        this.comments = comments;
        this.council = council;
        this.paths = paths;
    }

    @PostMapping("/proposals/{id}/start-review")
    String startReview(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Version command = new ProposalCommands.Version(version);
        write(redirect, "Đã nhận đề nghị để thẩm định.", () -> review.startReview(user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/return")
    String returnProposal(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Reason command = new ProposalCommands.Reason(reason, version);
        write(redirect, "Đã trả lại đề nghị cho người đề nghị.", () -> review.returnProposal(user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/checklist")
    String checklist(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestParam(defaultValue = "false") boolean dossier,
            @RequestParam(defaultValue = "false") boolean criteria,
            @RequestParam(defaultValue = "false") boolean quota,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Checklist command = new ProposalCommands.Checklist(dossier, criteria, quota, version);
        write(redirect, "Đã lưu kết quả thẩm định.", () -> review.checklist(user, id, candidateId, command));
        return back(id) + "#candidate-" + candidateId;
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/step/{step}")
    String candidateStep(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @PathVariable String step,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Reason command = new ProposalCommands.Reason(reason, version);
        write(
                redirect,
                "Đã cập nhật.",
                () -> review.candidateStep(user, id, candidateId, paths.candidateStep(step), command));
        return back(id) + "#candidate-" + candidateId;
    }

    @PostMapping("/proposals/{id}/publish")
    String publish(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Version command = new ProposalCommands.Version(version);
        write(redirect, "Đã công khai danh sách trên trang công khai.", () -> review.publish(user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/spam")
    String spam(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Version command = new ProposalCommands.Version(version);
        write(
                redirect,
                "Đã đánh dấu ý kiến không liên quan; ý kiến này không cần trả lời.",
                () -> comments.markSpam(user, id, commentId, command));
        return back(id) + "#comments";
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/answer")
    String answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Answer command = new ProposalCommands.Answer(answer, version);
        write(redirect, "Đã lưu câu trả lời.", () -> comments.answer(user, id, commentId, command));
        return back(id) + "#comments";
    }

    @PostMapping("/proposals/{id}/close-public-comment")
    String closePublicComment(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Version command = new ProposalCommands.Version(version);
        write(
                redirect,
                "Đã kết thúc công khai; cuộc biểu quyết của Hội đồng đã được tạo.",
                () -> council.closePublicComment(user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/record-council")
    String recordCouncil(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Version command = new ProposalCommands.Version(version);
        write(redirect, "Đã ghi kết quả biểu quyết của Hội đồng.", () -> council.recordCouncil(user, id, command));
        return back(id);
    }

    @PostMapping("/proposals/{id}/revote")
    String revote(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ProposalCommands.Version command = new ProposalCommands.Version(version);
        write(
                redirect,
                "Đã tạo cuộc biểu quyết mới của Hội đồng cho các tập thể, cá nhân chưa có kết quả.",
                () -> council.revote(user, id, command));
        return back(id);
    }
}
