package vn.thidua.proposals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.ConferenceProposals;
import vn.thidua.proposals.CouncilVotes;
import vn.thidua.proposals.DecisionService;
import vn.thidua.proposals.DossierEditing;
import vn.thidua.proposals.DossierService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.ProposalDrafting;
import vn.thidua.proposals.ProposalReading;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.PublicComments;
import vn.thidua.proposals.Review;
import vn.thidua.proposals.Submission;

/**
 * The proposals' API. Every write on a proposal carries the {@code version} of the proposal its
 * client read (a report's: its candidate's): without it the write is refused 400 ({@code
 * problem.versionRequired}), with a stale one 409; a step out of turn is 409 with its code, a step
 * that is not the user's 403 with its code.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Đề nghị khen thưởng",
        description =
                "Đề nghị, hồ sơ, thẩm định, công khai, Hội đồng biểu quyết, quyết định. Mọi thao tác ghi trên một"
                        + " đề nghị gửi kèm \"version\" đã đọc: thiếu thì 400 (code problem.versionRequired), đã cũ thì 409;"
                        + " sai bước 409, không phải vai trò của mình 403; lỗi nào cũng có \"code\" ổn định bên cạnh \"detail\".")
@ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ hoặc thiếu version (errors[].code)")
@ApiResponse(responseCode = "403", description = "Không phải vai trò của người dùng ở bước này (code)")
@ApiResponse(responseCode = "404", description = "Không tìm thấy (code)")
@ApiResponse(responseCode = "409", description = "Version đã cũ, hoặc đề nghị không ở bước cho phép thao tác (code)")
class ProposalApi {

    private final ProposalReading reading;
    private final ProposalDrafting drafting;
    private final ConferenceProposals conference;
    private final DossierEditing editing;
    private final Submission submission;
    private final Review review;
    private final PublicComments comments;
    private final CouncilVotes council;
    private final DecisionService decisions;
    private final DossierService dossier;
    private final ProposalPaths paths;
    private final Checks checks;

    ProposalApi(
            ProposalReading reading,
            ProposalDrafting drafting,
            ConferenceProposals conference,
            DossierEditing editing,
            Submission submission,
            Review review,
            PublicComments comments,
            CouncilVotes council,
            DecisionService decisions,
            DossierService dossier,
            ProposalPaths paths,
            Checks checks) {
        this.reading = reading;
        this.drafting = drafting;
        this.conference = conference;
        this.editing = editing;
        this.submission = submission;
        this.review = review;
        this.comments = comments;
        this.council = council;
        this.decisions = decisions;
        this.dossier = dossier;
        this.paths = paths;
        this.checks = checks;
    }

    /** The version the client read, which every write on a proposal must carry. */
    private Long read(Long version) {
        if (version == null) {
            throw checks.refusal("version", "problem.versionRequired");
        }
        return version;
    }

    private ProposalCommands.Version read(ProposalCommands.Version command) {
        read(command == null ? null : command.version());
        return command;
    }

    @PostMapping("/bloc-years/{yearId}/proposals/from-conference")
    @Operation(
            summary =
                    "Lập đề nghị của khối từ hội nghị đã ký biên bản: Cờ và Bằng khen theo xếp hạng, kèm kết quả biểu quyết")
    ProposalView fromConference(CurrentUser user, @PathVariable long yearId) {
        return conference.fromConference(user, yearId);
    }

    @GetMapping("/bloc-years/{yearId}/proposals")
    List<ProposalView> ofYear(CurrentUser user, @PathVariable long yearId) {
        return reading.ofYear(user, yearId);
    }

    @PostMapping("/proposals")
    @Operation(summary = "Lập đề nghị (khối, đơn vị hoặc Ban)")
    ProposalView create(CurrentUser user, @RequestBody ProposalCommands.Create command) {
        return drafting.create(user, command);
    }

    @GetMapping("/proposals")
    List<ProposalView> list(CurrentUser user) {
        return reading.list(user);
    }

    @GetMapping("/proposals/{id}")
    @Operation(
            summary =
                    "Đề nghị với từng người được đề nghị, kết quả kiểm tra điều kiện (có căn cứ), hồ sơ, ý kiến, quyết định và nhật ký")
    ProposalView get(CurrentUser user, @PathVariable long id) {
        return reading.get(user, id);
    }

    @PostMapping("/proposals/{id}/candidates")
    @Operation(summary = "Thêm tập thể, cá nhân được đề nghị (kèm version của đề nghị)")
    ProposalView addCandidate(
            CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Candidate command) {
        read(command.version());
        return editing.addCandidate(user, id, command);
    }

    @DeleteMapping("/proposals/{id}/candidates/{candidateId}")
    @Operation(summary = "Bỏ một người khỏi dự thảo đề nghị (tham số version của đề nghị)")
    ProposalView removeCandidate(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestParam(required = false) Long version) {
        return editing.removeCandidate(user, id, candidateId, new ProposalCommands.Version(read(version)));
    }

    @PutMapping("/proposals/{id}/candidates/{candidateId}/report")
    @Operation(
            summary = "Phần thành tích của báo cáo (người đề nghị hoặc chính đơn vị được đề nghị)",
            description = "version là version của người được đề nghị (candidates[].version) đã đọc")
    ProposalView report(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestBody ProposalCommands.Narrative command) {
        read(command.version());
        return editing.editNarrative(user, id, candidateId, command);
    }

    @PostMapping(path = "/proposals/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tài liệu minh chứng (PDF, JPG, PNG, DOCX, XLSX; tối đa 10 MB), kèm version của đề nghị")
    ProposalView upload(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long candidateId,
            @RequestParam(required = false) Long version,
            @RequestParam MultipartFile file)
            throws IOException {
        return editing.upload(
                user,
                id,
                new ProposalCommands.Upload(candidateId, read(version)),
                file.getOriginalFilename(),
                file.getBytes());
    }

    @GetMapping("/proposals/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        return ProposalPaths.download(reading.file(user, id, fileId));
    }

    @PostMapping("/proposals/{id}/submit")
    @Operation(summary = "Trình Ban: hồ sơ phải đủ; người chưa đủ điều kiện hoặc vượt tỷ lệ cần giải trình")
    ProposalView submit(CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Submit command) {
        read(command.version());
        return submission.submit(user, id, command);
    }

    @PostMapping("/proposals/{id}/start-review")
    @Operation(summary = "Ban nhận đề nghị để thẩm định")
    ProposalView startReview(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) ProposalCommands.Version command) {
        return review.startReview(user, id, read(command));
    }

    @PostMapping("/proposals/{id}/return")
    @Operation(summary = "Trả lại cả đề nghị, có lý do")
    ProposalView returnProposal(CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Reason command) {
        read(command.version());
        return review.returnProposal(user, id, command);
    }

    @PutMapping("/proposals/{id}/candidates/{candidateId}/checklist")
    @Operation(summary = "Kết quả thẩm định một người được đề nghị: hồ sơ, tiêu chuẩn, tỷ lệ")
    ProposalView checklist(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestBody ProposalCommands.Checklist command) {
        read(command.version());
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
        read(command == null ? null : command.version());
        return review.candidateStep(user, id, candidateId, paths.candidateStep(step), command);
    }

    @PostMapping("/proposals/{id}/publish")
    @Operation(summary = "Công khai danh sách trong số ngày quy định")
    ProposalView publish(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) ProposalCommands.Version command) {
        return review.publish(user, id, read(command));
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/spam")
    @Operation(
            summary = "Đánh dấu ý kiến không liên quan (quảng cáo, lăng mạ): không cần trả lời để kết thúc công khai")
    ProposalView spam(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestBody(required = false) ProposalCommands.Version command) {
        return comments.markSpam(user, id, commentId, read(command));
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/answer")
    @Operation(summary = "Trả lời một ý kiến của người dân")
    ProposalView answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestBody ProposalCommands.Answer command) {
        read(command.version());
        return comments.answer(user, id, commentId, command);
    }

    @PostMapping("/proposals/{id}/close-public-comment")
    @Operation(summary = "Kết thúc công khai (không trước hạn) và tạo cuộc biểu quyết của Hội đồng")
    ProposalView closePublicComment(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) ProposalCommands.Version command) {
        return council.closePublicComment(user, id, read(command));
    }

    @PostMapping("/proposals/{id}/record-council")
    @Operation(summary = "Ghi kết quả biểu quyết của Hội đồng cho từng người được đề nghị")
    ProposalView recordCouncil(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) ProposalCommands.Version command) {
        return council.recordCouncil(user, id, read(command));
    }

    @PostMapping("/proposals/{id}/revote")
    @Operation(summary = "Hội đồng biểu quyết lại những người mà cuộc biểu quyết trước không đủ số thành viên có mặt")
    ProposalView revote(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) ProposalCommands.Version command) {
        return council.revote(user, id, read(command));
    }

    @PostMapping("/proposals/{id}/decision")
    @Operation(
            summary =
                    "Ban hành quyết định (người ký quyết định): số trong năm của cơ quan, ngày, người ký; vào sổ khen thưởng")
    ProposalView decide(CurrentUser user, @PathVariable long id, @RequestBody ProposalCommands.Decision command) {
        read(command.version());
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
        return ProposalPaths.download(
                dossier.document(user, id, paths.document(name), candidateId, paths.format(format)));
    }
}
