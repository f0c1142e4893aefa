package vn.thidua.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.Bulletins;
import vn.thidua.voting.CommitteeCount;
import vn.thidua.voting.CountingCommittee;
import vn.thidua.voting.Decryption;
import vn.thidua.voting.KeyRegistration;
import vn.thidua.voting.NameCommittee;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.WrittenConfirmation;
import vn.thidua.voting.WrittenOpinionEntry;
import vn.thidua.voting.WrittenOpinions;
import vn.thidua.voting.domain.ballot.Bulletin;

/** The counting committee of a secret ballot, the written opinions of the absent, and the bulletin. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Biểu quyết")
@ApiResponse(responseCode = "403", description = "Không có quyền với cuộc biểu quyết này (code: mã lý do)")
@ApiResponse(responseCode = "404", description = "Không tìm thấy cuộc biểu quyết (code: vote.notFound)")
record CommitteeApi(
        CountingCommittee committee,
        CommitteeCount count,
        WrittenOpinions written,
        Bulletins bulletins,
        VoteSteps steps) {

    @PostMapping("/votes/{id}/committee")
    @Operation(
            summary = "Chỉ định Ban kiểm phiếu (từ 2 người, theo tên đăng nhập) khi cuộc bỏ phiếu còn là dự thảo; "
                    + "kèm version đã đọc")
    @ApiResponse(responseCode = "400", description = ApiDocs.VERSION_REQUIRED)
    @ApiResponse(responseCode = "409", description = ApiDocs.STALE_OR_STATE)
    VoteView nameCommittee(CurrentUser user, @PathVariable long id, @RequestBody NameCommittee request) {
        return steps.versioned(user, id, request.version(), () -> committee.name(user, id, request));
    }

    @PostMapping("/votes/{id}/committee/key")
    @Operation(
            summary =
                    "Thành viên Ban kiểm phiếu đăng ký phần công khai của khóa mình tạo trên máy mình, kèm chứng minh",
            description = ApiDocs.VERSION_OPTIONAL)
    @ApiResponse(
            responseCode = "409",
            description =
                    "Đã đăng ký khóa (code: vote.committee.keyAlready), cuộc bỏ phiếu đã mở, hoặc " + ApiDocs.STALE)
    VoteView.Trustee registerKey(CurrentUser user, @PathVariable long id, @RequestBody KeyRegistration request) {
        return committee.registerKey(user, id, request);
    }

    @GetMapping("/votes/{id}/committee/box")
    @Operation(
            summary =
                    "Thành viên Ban kiểm phiếu tải hộp phiếu đã đóng (chỉ các bản mã) để tự cộng các tổng trước khi giải mã")
    List<List<VoteView.CipherPair>> box(CurrentUser user, @PathVariable long id) {
        return count.boxFor(user, id);
    }

    @PostMapping("/votes/{id}/committee/decryption")
    @Operation(
            summary =
                    "Thành viên Ban kiểm phiếu gửi phần giải mã các tổng (kèm chứng minh); đủ mọi người thì có kết quả",
            description = ApiDocs.VERSION_OPTIONAL)
    @ApiResponse(
            responseCode = "409",
            description = "Chưa kết thúc, đã có kết quả, hoặc đã gửi (code: vote.committee.notClosed, ...), hoặc "
                    + ApiDocs.STALE)
    VoteView decrypt(CurrentUser user, @PathVariable long id, @RequestBody Decryption decryption) {
        return steps.take(user, id, () -> count.decrypt(user, id, decryption));
    }

    @GetMapping("/votes/{id}/bulletin")
    @Operation(
            summary = "Bảng công bố: mọi mã theo dõi, phiếu mã hóa, tổng mã hóa, phần giải mã và chứng minh, kết quả")
    @ApiResponse(responseCode = "409", description = "Chưa kiểm xong (code: vote.bulletin.notYet)")
    Bulletin bulletin(CurrentUser user, @PathVariable long id) {
        return bulletins.of(user, id);
    }

    @PostMapping(value = "/votes/{id}/written-opinions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Nhập ý kiến bằng văn bản của đơn vị (hoặc thành viên Hội đồng) vắng mặt, kèm văn bản có chữ ký; "
                    + "chỉ được tính khi người thứ hai xác nhận",
            description = ApiDocs.VERSION_OPTIONAL)
    @ApiResponse(responseCode = "409", description = ApiDocs.STALE_OR_STATE)
    VoteView written(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute WrittenOpinionEntry entry,
            @RequestPart(required = false) MultipartFile letter)
            throws IOException {
        WrittenOpinions.Letter file = letter(letter);
        return steps.take(user, id, () -> written.enter(user, id, entry, file));
    }

    @PostMapping("/votes/{id}/written-opinions/confirm")
    @Operation(
            summary =
                    "Người thứ hai (Ban hoặc thành viên Ban kiểm phiếu, không phải người nhập, không thuộc đơn vị trưởng khối) "
                            + "xác nhận ý kiến bằng văn bản: được tính như phiếu của đơn vị đó",
            description = ApiDocs.VERSION_OPTIONAL)
    @ApiResponse(
            responseCode = "409",
            description = "Người vắng mặt đã tự bỏ phiếu (code: vote.written.hasVoted) hoặc " + ApiDocs.STALE_OR_STATE)
    VoteView confirmWritten(CurrentUser user, @PathVariable long id, @RequestBody WrittenConfirmation confirmation) {
        return steps.take(user, id, () -> written.confirm(user, id, confirmation));
    }

    /** The signed letter as the service takes it; an empty part is no letter. */
    static WrittenOpinions.Letter letter(MultipartFile file) throws IOException {
        return file == null || file.isEmpty()
                ? null
                : new WrittenOpinions.Letter(file.getOriginalFilename(), file.getBytes());
    }
}
