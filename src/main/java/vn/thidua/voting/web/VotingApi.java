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
import vn.thidua.voting.BallotRequest;
import vn.thidua.voting.Bulletins;
import vn.thidua.voting.CountingCommittee;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.WrittenOpinions;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Biểu quyết",
        description = "Bỏ phiếu kín, giơ tay, suy tôn tại hội nghị của khối; kết quả chỉ có khi đã kết thúc")
class VotingApi {

    private final VotingService voting;
    private final vn.thidua.voting.ElectionService elections;
    private final CountingCommittee committee;
    private final WrittenOpinions written;
    private final Bulletins bulletins;

    VotingApi(
            VotingService voting,
            vn.thidua.voting.ElectionService elections,
            CountingCommittee committee,
            WrittenOpinions written,
            Bulletins bulletins) {
        this.voting = voting;
        this.elections = elections;
        this.committee = committee;
        this.written = written;
        this.bulletins = bulletins;
    }

    record Confirmation(Long leaderVoteId, Long deputyVoteId) {}

    @GetMapping("/bloc-years/{yearId}/election-proposals")
    @Operation(summary = "Ứng viên Khối trưởng năm sau theo từng cách luân phiên")
    Map<vn.thidua.voting.RotationPolicy, vn.thidua.org.UnitRef> proposals(CurrentUser user, @PathVariable long yearId) {
        return elections.proposals(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/elections/confirm")
    @Operation(summary = "Ban xác nhận kết quả bầu Trưởng, Phó khối: tạo (hoặc cập nhật) năm thi đua tiếp theo")
    vn.thidua.org.BlocYearView confirm(
            CurrentUser user, @PathVariable long yearId, @RequestBody Confirmation confirmation) {
        return elections.confirm(user, yearId, confirmation.leaderVoteId(), confirmation.deputyVoteId());
    }

    /**
     * Those present: their number, or by name (the member units' ids, or in a council's vote the
     * council members' ids), which written opinions of the absent need.
     */
    record Opening(Integer present, List<Long> presentUnitIds, List<Long> presentCouncilMemberIds, Long version) {

        List<String> electors() {
            if (presentUnitIds == null && presentCouncilMemberIds == null) {
                return null;
            }
            List<String> keys = new java.util.ArrayList<>();
            (presentUnitIds == null ? List.<Long>of() : presentUnitIds)
                    .forEach(id ->
                            keys.add(WrittenOpinions.elector(vn.thidua.voting.VoteElectorate.MEMBER_UNITS, id, null)));
            (presentCouncilMemberIds == null ? List.<Long>of() : presentCouncilMemberIds)
                    .forEach(
                            id -> keys.add(WrittenOpinions.elector(vn.thidua.voting.VoteElectorate.COUNCIL, null, id)));
            return keys;
        }
    }

    /** The receipt of a ballot: its tracking code, to find on the bulletin once the vote is counted. */
    record Receipt(String trackingCode, VoteView vote) {}

    record Committee(List<String> trustees) {}

    record Decryption(List<PartialDecryption> shares) {}

    record Closing(Map<Long, Integer> counts) {}

    @GetMapping("/bloc-years/{yearId}/votes")
    List<VoteView> votes(CurrentUser user, @PathVariable long yearId) {
        return voting.ofYear(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/votes")
    @Operation(
            summary =
                    "Tạo cuộc biểu quyết (đơn vị trưởng hoặc Ban); quy tắc lấy theo bảng tham số của nội dung biểu quyết")
    ResponseEntity<VoteView> create(CurrentUser user, @PathVariable long yearId, @RequestBody VoteCommand command) {
        VoteView created = voting.create(user, yearId, command);
        return ResponseEntity.created(URI.create("/api/v1/votes/" + created.id()))
                .body(created);
    }

    @GetMapping("/votes/{id}")
    VoteView vote(CurrentUser user, @PathVariable long id) {
        return voting.get(user, id);
    }

    @PostMapping("/votes/{id}/open")
    @Operation(
            summary =
                    "Mở biểu quyết với số có mặt, hoặc danh sách có mặt theo tên (cần cho ý kiến bằng văn bản của người vắng mặt)")
    VoteView open(CurrentUser user, @PathVariable long id, @RequestBody Opening opening) {
        return voting.open(user, id, opening.present(), opening.electors(), opening.version());
    }

    @PostMapping("/votes/{id}/ballots")
    @Operation(
            summary =
                    "Bỏ phiếu kín của đơn vị mình: phiếu đã mã hóa kèm chứng minh (ballot), hoặc optionIds để máy chủ mã hóa "
                            + "ngay (cách yếu hơn, dành cho script); mỗi đơn vị một lần; trả mã theo dõi phiếu")
    Receipt cast(CurrentUser user, @PathVariable long id, @RequestBody BallotRequest ballot) {
        String tracking = voting.cast(user, id, ballot);
        return new Receipt(tracking, voting.get(user, id));
    }

    @PostMapping("/votes/{id}/committee")
    @Operation(summary = "Chỉ định Ban kiểm phiếu (từ 2 người, theo tên đăng nhập) khi cuộc bỏ phiếu còn là dự thảo")
    VoteView nameCommittee(CurrentUser user, @PathVariable long id, @RequestBody Committee members) {
        committee.name(user, id, members.trustees());
        return voting.get(user, id);
    }

    @PostMapping("/votes/{id}/committee/key")
    @Operation(
            summary =
                    "Thành viên Ban kiểm phiếu đăng ký phần công khai của khóa mình tạo trên máy mình, kèm chứng minh")
    VoteView.Trustee registerKey(CurrentUser user, @PathVariable long id, @RequestBody KeyShare share) {
        return committee.registerKey(user, id, share);
    }

    @GetMapping("/votes/{id}/committee/box")
    @Operation(
            summary =
                    "Thành viên Ban kiểm phiếu tải hộp phiếu đã đóng (chỉ các bản mã) để tự cộng các tổng trước khi giải mã")
    List<List<VoteView.CipherPair>> box(CurrentUser user, @PathVariable long id) {
        return committee.boxFor(user, id);
    }

    @PostMapping("/votes/{id}/committee/decryption")
    @Operation(
            summary =
                    "Thành viên Ban kiểm phiếu gửi phần giải mã các tổng (kèm chứng minh); đủ mọi người thì có kết quả")
    VoteView decrypt(CurrentUser user, @PathVariable long id, @RequestBody Decryption decryption) {
        committee.decrypt(user, id, decryption.shares());
        return voting.get(user, id);
    }

    @GetMapping("/votes/{id}/bulletin")
    @Operation(
            summary = "Bảng công bố: mọi mã theo dõi, phiếu mã hóa, tổng mã hóa, phần giải mã và chứng minh, kết quả")
    Bulletin bulletin(CurrentUser user, @PathVariable long id) {
        return bulletins.of(user, id);
    }

    @PostMapping(
            value = "/votes/{id}/written-opinions",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Nhập ý kiến bằng văn bản của đơn vị (hoặc thành viên Hội đồng) vắng mặt, kèm văn bản có chữ ký; "
                    + "chỉ được tính khi người thứ hai xác nhận")
    VoteView written(
            CurrentUser user,
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Long unitId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Long councilMemberId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) List<Long> optionIds,
            @org.springframework.web.bind.annotation.RequestPart(required = false)
                    org.springframework.web.multipart.MultipartFile letter)
            throws java.io.IOException {
        written.enter(
                user,
                id,
                unitId,
                councilMemberId,
                optionIds == null ? List.of() : optionIds,
                letter == null ? null : new WrittenOpinions.Letter(letter.getOriginalFilename(), letter.getBytes()));
        return voting.get(user, id);
    }

    /** Whose written opinion is confirmed: a member unit, or in a council's vote a council member. */
    record WrittenConfirmation(Long unitId, Long councilMemberId) {}

    @PostMapping("/votes/{id}/written-opinions/confirm")
    @Operation(
            summary =
                    "Người thứ hai (Ban hoặc thành viên Ban kiểm phiếu, không phải người nhập, không thuộc đơn vị trưởng khối) "
                            + "xác nhận ý kiến bằng văn bản: được tính như phiếu của đơn vị đó")
    VoteView confirmWritten(CurrentUser user, @PathVariable long id, @RequestBody WrittenConfirmation confirmation) {
        written.confirm(user, id, confirmation.unitId(), confirmation.councilMemberId());
        return voting.get(user, id);
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
