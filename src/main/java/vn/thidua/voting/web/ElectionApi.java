package vn.thidua.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.ElectionConfirmation;
import vn.thidua.voting.ElectionService;
import vn.thidua.voting.RotationPolicy;

/** Next year's leader and deputy: the rotation's candidates and the board's confirmation of the elections. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Biểu quyết")
record ElectionApi(ElectionService elections) {

    @GetMapping("/bloc-years/{yearId}/election-proposals")
    @Operation(summary = "Ứng viên Khối trưởng năm sau theo từng cách luân phiên")
    Map<RotationPolicy, UnitRef> proposals(CurrentUser user, @PathVariable long yearId) {
        return elections.proposals(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/elections/confirm")
    @Operation(
            summary = "Ban xác nhận kết quả bầu Trưởng, Phó khối: tạo (hoặc cập nhật) năm thi đua tiếp theo",
            description = "version (không bắt buộc): của năm thi đua này đã đọc (GET /bloc-years/{yearId}); nếu gửi mà"
                    + " đã cũ: 409")
    @ApiResponse(
            responseCode = "409",
            description = "Cuộc bầu chưa được kiểm xong (code: election.vote.notClosedElection) hoặc " + ApiDocs.STALE)
    BlocYearView confirm(CurrentUser user, @PathVariable long yearId, @RequestBody ElectionConfirmation confirmation) {
        return elections.confirm(user, yearId, confirmation);
    }
}
