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
import vn.thidua.proposals.ConferenceProposals;
import vn.thidua.proposals.DecisionSigning;
import vn.thidua.proposals.DossierEditing;
import vn.thidua.proposals.DossierService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.ProposalDrafting;
import vn.thidua.proposals.ProposalReading;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.Submission;
import vn.thidua.proposals.SubmissionSigning;
import vn.thidua.signatures.SignatureRequests;
import vn.thidua.signatures.SignedDocuments;

/**
 * The proposals' API: reading, drafting, the dossier and its submission (the board's and the
 * decider's steps are {@link ReviewApi}'s). Every write on a proposal carries the {@code version} of the proposal its
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
record ProposalApi(
        ProposalReading reading,
        ProposalDrafting drafting,
        ConferenceProposals conference,
        DossierEditing editing,
        Submission submission,
        DossierService dossier,
        ProposalPaths paths,
        DecisionSigning decisionSigning,
        SubmissionSigning submissionSigning,
        SignedDocuments signed) {

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
        paths.version(command.version());
        return editing.addCandidate(user, id, command);
    }

    @DeleteMapping("/proposals/{id}/candidates/{candidateId}")
    @Operation(summary = "Bỏ một người khỏi dự thảo đề nghị (tham số version của đề nghị)")
    ProposalView removeCandidate(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestParam(required = false) Long version) {
        return editing.removeCandidate(user, id, candidateId, new ProposalCommands.Version(paths.version(version)));
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
        paths.version(command.version());
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
                new ProposalCommands.Upload(candidateId, paths.version(version)),
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
        paths.version(command.version());
        return submission.submit(user, id, command);
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

    @PostMapping(
            path = "/proposals/{id}/documents/{document:" + SignableDocument.SLUGS + "}/signature",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Ký số (PAdES) quyết định (quyet-dinh, người quyết định) hoặc tờ trình (to-trinh, người đề nghị sau"
                            + " khi trình): tệp chứng thư số p12 với password, hoặc pin của thiết bị ký PKCS#11; image: hình chữ"
                            + " ký (PNG, không bắt buộc). Mật khẩu, PIN không được lưu.")
    ResponseEntity<byte[]> sign(
            CurrentUser user, @PathVariable long id, @PathVariable String document, SignatureRequests.Sign request) {
        return SignableDocument.of(document)
                .endpoint(decisionSigning, submissionSigning, signed)
                .sign(user, id, request);
    }

    @PostMapping(
            path = "/proposals/{id}/documents/{document:" + SignableDocument.SLUGS + "}/signed",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Tải lên quyết định (quyet-dinh) hoặc tờ trình (to-trinh) đã ký số bên ngoài (file): phần chưa ký"
                    + " phải đúng bản PDF hệ thống phát hành, người ký phải là người tải lên, người ký văn bản đó")
    ResponseEntity<byte[]> uploadSigned(
            CurrentUser user, @PathVariable long id, @PathVariable String document, SignatureRequests.Signed request) {
        return SignableDocument.of(document)
                .endpoint(decisionSigning, submissionSigning, signed)
                .upload(user, id, request);
    }
}
