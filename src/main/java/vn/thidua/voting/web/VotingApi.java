package vn.thidua.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Biểu quyết", description = "Bỏ phiếu kín, giơ tay, suy tôn tại hội nghị của khối; kết quả chỉ có khi đã kết thúc")
class VotingApi {

    private final VotingService voting;
    private final vn.thidua.voting.ElectionService elections;

    VotingApi(VotingService voting, vn.thidua.voting.ElectionService elections) {
        this.voting = voting;
        this.elections = elections;
    }

    record Confirmation(Long leaderVoteId, Long deputyVoteId) {
    }

    @GetMapping("/bloc-years/{yearId}/election-proposals")
    @Operation(summary = "Ứng viên Khối trưởng năm sau theo từng cách luân phiên")
    Map<vn.thidua.voting.RotationPolicy, vn.thidua.org.UnitRef> proposals(CurrentUser user, @PathVariable long yearId) {
        return elections.proposals(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/elections/confirm")
    @Operation(summary = "Ban xác nhận kết quả bầu Trưởng, Phó khối: tạo (hoặc cập nhật) năm thi đua tiếp theo")
    vn.thidua.org.BlocYearView confirm(CurrentUser user, @PathVariable long yearId, @RequestBody Confirmation confirmation) {
        return elections.confirm(user, yearId, confirmation.leaderVoteId(), confirmation.deputyVoteId());
    }

    record Opening(Integer present, Long version) {
    }

    record Ballot(List<Long> optionIds) {
    }

    record Closing(Map<Long, Integer> counts) {
    }

    @GetMapping("/bloc-years/{yearId}/votes")
    List<VoteView> votes(CurrentUser user, @PathVariable long yearId) {
        return voting.ofYear(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/votes")
    @Operation(summary = "Tạo cuộc biểu quyết (đơn vị trưởng hoặc Ban); quy tắc lấy theo bảng tham số của nội dung biểu quyết")
    ResponseEntity<VoteView> create(CurrentUser user, @PathVariable long yearId, @RequestBody VoteCommand command) {
        VoteView created = voting.create(user, yearId, command);
        return ResponseEntity.created(URI.create("/api/v1/votes/" + created.id())).body(created);
    }

    @GetMapping("/votes/{id}")
    VoteView vote(CurrentUser user, @PathVariable long id) {
        return voting.get(user, id);
    }

    @PostMapping("/votes/{id}/open")
    @Operation(summary = "Mở biểu quyết với số đơn vị có mặt")
    VoteView open(CurrentUser user, @PathVariable long id, @RequestBody Opening opening) {
        return voting.open(user, id, opening.present(), opening.version());
    }

    @PostMapping("/votes/{id}/ballots")
    @Operation(summary = "Bỏ phiếu kín của đơn vị mình (mỗi đơn vị một lần; không lưu ai chọn gì)")
    VoteView cast(CurrentUser user, @PathVariable long id, @RequestBody Ballot ballot) {
        voting.cast(user, id, ballot.optionIds());
        return voting.get(user, id);
    }

    /** The absent elector: a member unit, or in a council's vote a council member. */
    record WrittenOpinion(Long unitId, Long councilMemberId, List<Long> optionIds) {
    }

    @PostMapping("/votes/{id}/written-opinions")
    @Operation(summary = "Ghi ý kiến bằng văn bản của đơn vị (hoặc thành viên Hội đồng) vắng mặt, theo văn bản có chữ ký")
    VoteView written(CurrentUser user, @PathVariable long id, @RequestBody WrittenOpinion opinion) {
        return voting.recordWrittenOpinion(user, id, opinion.unitId(), opinion.councilMemberId(), opinion.optionIds());
    }

    @PostMapping("/votes/{id}/paper-count")
    @Operation(summary = "Thư ký nhập kết quả kiểm phiếu giấy (chờ người thứ hai xác nhận)")
    VoteView paper(CurrentUser user, @PathVariable long id, @RequestBody vn.thidua.voting.PaperCount count) {
        return voting.enterPaperCount(user, id, count);
    }

    @PostMapping("/votes/{id}/paper-count/confirm")
    @Operation(summary = "Người thứ hai xác nhận kết quả kiểm phiếu giấy: cuộc biểu quyết kết thúc với kết quả đó")
    VoteView confirmPaper(CurrentUser user, @PathVariable long id) {
        return voting.confirmPaperCount(user, id);
    }

    @PostMapping("/votes/{id}/close")
    @Operation(summary = "Kết thúc biểu quyết (giơ tay: kèm số biểu quyết cho từng phương án)")
    VoteView close(CurrentUser user, @PathVariable long id, @RequestBody(required = false) Closing closing) {
        return voting.close(user, id, closing == null ? null : closing.counts());
    }
}
