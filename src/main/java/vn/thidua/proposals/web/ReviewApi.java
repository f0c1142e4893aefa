package vn.thidua.proposals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.DecisionService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.PublicComments;
import vn.thidua.proposals.Review;

/**
 * The board's and the decider's steps in the API: review, công khai and its comments, the council
 * and the decision; each write with the version its client read, as {@link ProposalApi} says.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Đề nghị khen thưởng")
@ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ hoặc thiếu version (errors[].code)")
@ApiResponse(responseCode = "403", description = "Không phải vai trò của người dùng ở bước này (code)")
@ApiResponse(responseCode = "409", description = "Version đã cũ, hoặc đề nghị không ở bước cho phép thao tác (code)")
record ReviewApi(
        Review review, PublicComments comments, BoardSteps steps, DecisionService decisions, ProposalPaths paths) {

    @PostMapping("/proposals/{id}/" + BoardSteps.PATH)
    @Operation(
            summary =
                    "Bước của Ban chỉ gửi kèm version: start-review (nhận thẩm định), publish (công khai trong số ngày"
                            + " quy định), close-public-comment (kết thúc công khai, không trước hạn, và tạo cuộc biểu quyết của"
                            + " Hội đồng), record-council (ghi kết quả biểu quyết của Hội đồng), revote (biểu quyết lại những"
                            + " người mà cuộc biểu quyết trước không đủ số thành viên có mặt)")
    ProposalView boardStep(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String step,
            @RequestBody(required = false) ProposalCommands.Version command) {
        return steps.take(steps.kind(step), user, id, paths.version(command));
    }

    @PostMapping("/proposals/{id}/return")
    @Operation(summary = "Trả lại cả đề nghị, có lý do")
    ProposalView returnProposal(CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Reason command) {
        paths.version(command.version());
        return review.returnProposal(user, id, command);
    }

    @PutMapping("/proposals/{id}/candidates/{candidateId}/checklist")
    @Operation(summary = "Kết quả thẩm định một người được đề nghị: hồ sơ, tiêu chuẩn, tỷ lệ")
    ProposalView checklist(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestBody ProposalCommands.Checklist command) {
        paths.version(command.version());
        return review.checklist(user, id, candidateId, command);
    }

    @PostMapping("/proposals/{id}/candidates/{candidateId}/{step}")
    @Operation(summary = "Với một người được đề nghị: return (trả lại), reject (loại), resubmit (trình lại)")
    ProposalView candidateStep(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @PathVariable String step,
            @RequestBody(required = false) ProposalCommands.Reason command) {
        paths.version(command == null ? null : command.version());
        return review.candidateStep(user, id, candidateId, paths.candidateStep(step), command);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/spam")
    @Operation(
            summary = "Đánh dấu ý kiến không liên quan (quảng cáo, lăng mạ): không cần trả lời để kết thúc công khai")
    ProposalView spam(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestBody(required = false) ProposalCommands.Version command) {
        return comments.markSpam(user, id, commentId, paths.version(command));
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/answer")
    @Operation(summary = "Trả lời một ý kiến của người dân")
    ProposalView answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestBody ProposalCommands.Answer command) {
        paths.version(command.version());
        return comments.answer(user, id, commentId, command);
    }

    @PostMapping("/proposals/{id}/decision")
    @Operation(
            summary =
                    "Ban hành quyết định (người ký quyết định): số trong năm của cơ quan, ngày, người ký; vào sổ khen thưởng")
    ProposalView decide(CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Decision command) {
        paths.version(command.version());
        return decisions.issue(user, id, command);
    }
}
