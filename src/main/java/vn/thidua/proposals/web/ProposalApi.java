package vn.thidua.proposals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.DecisionService;
import vn.thidua.proposals.DossierService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.ProposalService;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.ReviewService;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Đề nghị khen thưởng",
        description = "Đề nghị, hồ sơ, thẩm định, công khai, Hội đồng biểu quyết, quyết định")
class ProposalApi {

    private final ProposalService proposals;
    private final ReviewService review;
    private final DecisionService decisions;
    private final DossierService dossier;

    ProposalApi(ProposalService proposals, ReviewService review, DecisionService decisions, DossierService dossier) {
        this.proposals = proposals;
        this.review = review;
        this.decisions = decisions;
        this.dossier = dossier;
    }

    @PostMapping("/bloc-years/{yearId}/proposals/from-conference")
    @Operation(
            summary =
                    "Lập đề nghị của khối từ hội nghị đã ký biên bản: Cờ và Bằng khen theo xếp hạng, kèm kết quả biểu quyết")
    ProposalView fromConference(CurrentUser user, @PathVariable long yearId) {
        return proposals.fromConference(user, yearId);
    }

    @GetMapping("/bloc-years/{yearId}/proposals")
    List<ProposalView> ofYear(CurrentUser user, @PathVariable long yearId) {
        return proposals.ofYear(user, yearId);
    }

    @PostMapping("/proposals")
    @Operation(summary = "Lập đề nghị (khối, đơn vị hoặc Ban)")
    ProposalView create(CurrentUser user, @RequestBody ProposalCommands.Create command) {
        return proposals.create(user, command);
    }

    @GetMapping("/proposals")
    List<ProposalView> list(CurrentUser user) {
        return proposals.list(user);
    }

    @GetMapping("/proposals/{id}")
    @Operation(
            summary =
                    "Đề nghị với từng người được đề nghị, kết quả kiểm tra điều kiện (có căn cứ), hồ sơ, ý kiến, quyết định và nhật ký")
    ProposalView get(CurrentUser user, @PathVariable long id) {
        return proposals.get(user, id);
    }

    @PostMapping("/proposals/{id}/candidates")
    ProposalView addCandidate(
            CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Candidate command) {
        return proposals.addCandidate(user, id, command);
    }

    @DeleteMapping("/proposals/{id}/candidates/{candidateId}")
    ProposalView removeCandidate(CurrentUser user, @PathVariable long id, @PathVariable long candidateId) {
        return proposals.removeCandidate(user, id, candidateId);
    }

    @PutMapping("/proposals/{id}/candidates/{candidateId}/report")
    @Operation(summary = "Phần thành tích của báo cáo (người đề nghị hoặc chính đơn vị được đề nghị)")
    ProposalView report(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestBody ProposalCommands.Narrative command) {
        return proposals.editNarrative(user, id, candidateId, command);
    }

    @PostMapping(path = "/proposals/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tài liệu minh chứng (PDF, JPG, PNG, DOCX, XLSX; tối đa 10 MB)")
    ProposalView upload(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long candidateId,
            @RequestParam MultipartFile file)
            throws IOException {
        return proposals.upload(user, id, candidateId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/proposals/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        return ProposalPages.download(proposals.file(user, id, fileId));
    }

    @PostMapping("/proposals/{id}/submit")
    @Operation(summary = "Trình Ban: hồ sơ phải đủ; người chưa đủ điều kiện hoặc vượt tỷ lệ cần giải trình")
    ProposalView submit(CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Submit command) {
        return proposals.submit(user, id, command);
    }

    @PostMapping("/proposals/{id}/start-review")
    ProposalView startReview(CurrentUser user, @PathVariable long id) {
        return review.startReview(user, id, null);
    }

    @PostMapping("/proposals/{id}/return")
    @Operation(summary = "Trả lại cả đề nghị, có lý do")
    ProposalView returnProposal(CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Reason command) {
        return review.returnProposal(user, id, command);
    }

    @PutMapping("/proposals/{id}/candidates/{candidateId}/checklist")
    ProposalView checklist(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestBody ProposalCommands.Checklist command) {
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
        return review.candidateStep(
                user, id, candidateId, ProposalPages.candidateStep(step), command == null ? null : command.reason());
    }

    @PostMapping("/proposals/{id}/publish")
    @Operation(summary = "Công khai danh sách trong số ngày quy định")
    ProposalView publish(CurrentUser user, @PathVariable long id) {
        return review.publish(user, id, null);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/spam")
    @Operation(
            summary = "Đánh dấu ý kiến không liên quan (quảng cáo, lăng mạ): không cần trả lời để kết thúc công khai")
    ProposalView spam(CurrentUser user, @PathVariable long id, @PathVariable long commentId) {
        return review.markSpam(user, id, commentId);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/answer")
    ProposalView answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestBody ProposalCommands.Answer command) {
        return review.answer(user, id, commentId, command);
    }

    @PostMapping("/proposals/{id}/close-public-comment")
    @Operation(summary = "Kết thúc công khai (không trước hạn) và tạo cuộc biểu quyết của Hội đồng")
    ProposalView closePublicComment(CurrentUser user, @PathVariable long id) {
        return review.closePublicComment(user, id, null);
    }

    @PostMapping("/proposals/{id}/record-council")
    @Operation(summary = "Ghi kết quả biểu quyết của Hội đồng cho từng người được đề nghị")
    ProposalView recordCouncil(CurrentUser user, @PathVariable long id) {
        return review.recordCouncil(user, id, null);
    }

    @PostMapping("/proposals/{id}/revote")
    @Operation(summary = "Hội đồng biểu quyết lại những người mà cuộc biểu quyết trước không đủ số thành viên có mặt")
    ProposalView revote(CurrentUser user, @PathVariable long id) {
        return review.revote(user, id, null);
    }

    @PostMapping("/proposals/{id}/decision")
    @Operation(
            summary =
                    "Ban hành quyết định (người ký quyết định): số trong năm của cơ quan, ngày, người ký; vào sổ khen thưởng")
    ProposalView decide(CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Decision command) {
        return decisions.issue(user, id, command);
    }

    @GetMapping("/proposals/{id}/documents/{name}.{format}")
    @Operation(
            summary =
                    "Hồ sơ: to-trinh, bien-ban, bao-cao-thanh-tich (candidateId), quyet-dinh; định dạng docx hoặc pdf")
    ResponseEntity<byte[]> document(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String name,
            @PathVariable String format,
            @RequestParam(required = false) Long candidateId) {
        return ProposalPages.download(dossier.document(
                user, id, ProposalPages.documentOf(name), candidateId, ProposalPages.formatOf(format)));
    }
}
