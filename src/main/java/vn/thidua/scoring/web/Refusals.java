package vn.thidua.scoring.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The refusals a step of the scoring answers, each a problem detail whose {@code code} a calling system acts on. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponses({
    @ApiResponse(
            responseCode = "400",
            description = "Dữ liệu không hợp lệ: errors[] nêu từng trường, mỗi lỗi có code (vd. sheet.points.range);"
                    + " thiếu version: code problem.versionRequired"),
    @ApiResponse(
            responseCode = "403",
            description = "Người dùng không được làm bước này: code nêu lý do (vd. round.leaderOnly, sheet.notYours)"),
    @ApiResponse(responseCode = "404", description = "Không tìm thấy: code (vd. round.notFound, discrepancy.notFound)"),
    @ApiResponse(
            responseCode = "409",
            description = "Trạng thái hiện tại không cho phép bước này: code (vd. sheet.submitted,"
                    + " consolidate.openDiscrepancies, lock.windowOpen); hoặc version đã cũ")
})
@interface Refusals {}
