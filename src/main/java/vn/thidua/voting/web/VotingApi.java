package vn.thidua.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.BallotCasting;
import vn.thidua.voting.BallotRequest;
import vn.thidua.voting.CloseVote;
import vn.thidua.voting.ConfirmPaperCount;
import vn.thidua.voting.OpenVote;
import vn.thidua.voting.PaperCount;
import vn.thidua.voting.PaperCounting;
import vn.thidua.voting.VoteClosing;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteCreation;
import vn.thidua.voting.VoteOpening;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/**
 * A vote's life through the JSON API. Each step takes the same request record as its page; a step
 * that changes the vote itself (opening, closing, a paper count and its confirmation) must carry the
 * {@code version} of the vote the client read (400 without it, 409 when it is stale). A ballot may
 * carry it too: ballots are many and concurrent and do not change the vote's version, so a ballot
 * read before the vote closed is refused by the vote's state, not by its version.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Biểu quyết",
        description = "Bỏ phiếu kín, giơ tay, suy tôn tại hội nghị của khối; kết quả chỉ có khi đã kết thúc")
@ApiResponse(responseCode = "403", description = "Không có quyền với cuộc biểu quyết này (code: mã lý do)")
@ApiResponse(responseCode = "404", description = "Không tìm thấy cuộc biểu quyết (code: vote.notFound)")
record VotingApi(
        VotingService voting,
        VoteCreation creation,
        VoteOpening opening,
        BallotCasting casting,
        VoteClosing closing,
        PaperCounting paper,
        VoteSteps steps) {

    /** The receipt of a ballot: its tracking code, to find on the bulletin once the vote is counted. */
    record Receipt(String trackingCode, VoteView vote) {}

    @GetMapping("/bloc-years/{yearId}/votes")
    List<VoteView> votes(CurrentUser user, @PathVariable long yearId) {
        return voting.ofYear(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/votes")
    @Operation(
            summary =
                    "Tạo cuộc biểu quyết (đơn vị trưởng hoặc Ban); quy tắc lấy theo bảng tham số của nội dung biểu quyết")
    ResponseEntity<VoteView> create(CurrentUser user, @PathVariable long yearId, @RequestBody VoteCommand command) {
        VoteView created = creation.create(user, yearId, command);
        return ResponseEntity.created(URI.create("/api/v1/votes/" + created.id()))
                .body(created);
    }

    @GetMapping("/votes/{id}")
    VoteView vote(CurrentUser user, @PathVariable long id) {
        return voting.get(user, id);
    }

    @PostMapping("/votes/{id}/open")
    @Operation(
            summary = "Mở biểu quyết với số có mặt, hoặc danh sách có mặt theo tên (cần cho ý kiến bằng văn bản của "
                    + "người vắng mặt); kèm version của cuộc biểu quyết đã đọc")
    @ApiResponse(responseCode = "400", description = ApiDocs.VERSION_REQUIRED)
    @ApiResponse(responseCode = "409", description = ApiDocs.STALE_OR_STATE)
    VoteView open(CurrentUser user, @PathVariable long id, @RequestBody OpenVote request) {
        return steps.versioned(user, id, request.version(), () -> opening.open(user, id, request));
    }

    @PostMapping("/votes/{id}/ballots")
    @Operation(
            summary =
                    "Bỏ phiếu kín của đơn vị mình: phiếu đã mã hóa kèm chứng minh (ballot), hoặc optionIds để máy chủ mã hóa "
                            + "ngay (cách yếu hơn, dành cho script); mỗi đơn vị một lần; trả mã theo dõi phiếu",
            description = ApiDocs.VERSION_OPTIONAL)
    @ApiResponse(
            responseCode = "409",
            description = "Đã bỏ phiếu (code: vote.alreadyVoted) hoặc " + ApiDocs.STALE_OR_STATE)
    Receipt cast(CurrentUser user, @PathVariable long id, @RequestBody BallotRequest ballot) {
        String tracking = casting.cast(user, id, ballot);
        return new Receipt(tracking, voting.get(user, id));
    }

    @PostMapping("/votes/{id}/paper-count")
    @Operation(summary = "Thư ký nhập kết quả kiểm phiếu giấy (chờ người thứ hai xác nhận); kèm version đã đọc")
    @ApiResponse(responseCode = "400", description = ApiDocs.VERSION_REQUIRED)
    @ApiResponse(responseCode = "409", description = ApiDocs.STALE_OR_STATE)
    VoteView paper(CurrentUser user, @PathVariable long id, @RequestBody PaperCount count) {
        return steps.versioned(user, id, count.version(), () -> paper.enter(user, id, count));
    }

    @PostMapping("/votes/{id}/paper-count/confirm")
    @Operation(
            summary = "Người thứ hai xác nhận kết quả kiểm phiếu giấy đã đọc (kèm version): cuộc biểu quyết kết thúc "
                    + "với kết quả đó")
    @ApiResponse(responseCode = "400", description = ApiDocs.VERSION_REQUIRED)
    @ApiResponse(responseCode = "409", description = ApiDocs.STALE_OR_STATE)
    VoteView confirmPaper(CurrentUser user, @PathVariable long id, @RequestBody ConfirmPaperCount request) {
        return steps.versioned(user, id, request.version(), () -> paper.confirm(user, id, request));
    }

    @PostMapping("/votes/{id}/close")
    @Operation(summary = "Kết thúc biểu quyết (giơ tay: kèm số biểu quyết cho từng phương án); kèm version đã đọc")
    @ApiResponse(responseCode = "400", description = ApiDocs.VERSION_REQUIRED)
    @ApiResponse(responseCode = "409", description = ApiDocs.STALE_OR_STATE)
    VoteView close(CurrentUser user, @PathVariable long id, @RequestBody CloseVote request) {
        return steps.versioned(user, id, request.version(), () -> closing.close(user, id, request));
    }
}
