package vn.thidua.scoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.xlsx.XlsxTable;
import vn.thidua.scoring.DiscrepancyView;
import vn.thidua.scoring.EvidenceService;
import vn.thidua.scoring.ProgressView;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.domain.SheetKind;

/** The files a bloc year's pages offer: its sheets and tables as Excel, and the evidence uploaded. */
@Controller
@RequestMapping("/bloc-years/{yearId}")
record ScoringExports(ResultService results, ScoringService scoring, EvidenceService evidence, Messages messages) {

    @GetMapping("/sheets/{kind}/{unitId}.xlsx")
    ResponseEntity<byte[]> exportSheet(
            CurrentUser user, @PathVariable long yearId, @PathVariable SheetKind kind, @PathVariable long unitId) {
        return Downloads.xlsx(
                scoring.exportSheet(user, yearId, kind, unitId),
                (kind == SheetKind.SELF ? "phieu-tu-cham-" : "phieu-kiem-tra-") + unitId + ".xlsx");
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> evidenceFile(CurrentUser user, @PathVariable long yearId, @PathVariable long id) {
        var file = evidence.get(user, yearId, id);
        return Downloads.of(file.content(), file.fileName(), file.contentType());
    }

    @GetMapping("/results.xlsx")
    void exportResults(CurrentUser user, @PathVariable long yearId, HttpServletResponse response) throws IOException {
        ResultsTable.write(
                results.results(user, yearId),
                messages,
                response,
                scoring.scope(user, yearId).year().year());
    }

    /** The progress table of the workspace, as Excel. */
    @GetMapping("/progress.xlsx")
    void exportProgress(CurrentUser user, @PathVariable long yearId, HttpServletResponse response) throws IOException {
        Function<ProgressView.Step, Object> step = s -> switch (s) {
            case DONE -> "Xong";
            case DRAFT -> "Đang làm";
            case NOT_STARTED -> "Chưa";
        };
        XlsxTable.<ProgressView.Member>of(
                        "Tiến độ",
                        List.of(
                                XlsxTable.column("Đơn vị", 40, m -> m.unit().name()),
                                XlsxTable.column("Giao ước", 12, m -> step.apply(m.covenant())),
                                XlsxTable.column("Tự chấm", 12, m -> step.apply(m.selfScore())),
                                XlsxTable.column(
                                        "Đơn vị kiểm tra",
                                        40,
                                        m -> m.inspector() == null
                                                ? null
                                                : m.inspector().name()),
                                XlsxTable.column("Kết quả kiểm tra chéo", 14, m -> step.apply(m.inspected())),
                                XlsxTable.column(
                                        "Kiểm tra đơn vị",
                                        40,
                                        m -> m.inspects() == null
                                                ? null
                                                : m.inspects().name()),
                                XlsxTable.column("Ý kiến chờ trả lời", 12, ProgressView.Member::openObjections)))
                .write(results.progress(user, yearId).members(), response, "tien-do-" + yearId + ".xlsx");
    }

    @GetMapping("/objections.xlsx")
    void exportObjections(CurrentUser user, @PathVariable long yearId, HttpServletResponse response)
            throws IOException {
        XlsxTable.<ResultsView.ObjectionView>of(
                        "Ý kiến",
                        List.of(
                                XlsxTable.column("Đơn vị", 40, o -> o.unit().name()),
                                XlsxTable.column(
                                        "Tiêu chí",
                                        10,
                                        o -> o.criterion() == null
                                                ? "Toàn bộ"
                                                : o.criterion().code()),
                                XlsxTable.column("Nội dung", 60, ResultsView.ObjectionView::reason),
                                XlsxTable.column("Trả lời", 60, ResultsView.ObjectionView::answer),
                                XlsxTable.column("Người trả lời", 20, ResultsView.ObjectionView::answeredBy)))
                .write(results.results(user, yearId).objections(), response, "y-kien-" + yearId + ".xlsx");
    }

    @GetMapping("/discrepancies.xlsx")
    void exportDiscrepancies(CurrentUser user, @PathVariable long yearId, HttpServletResponse response)
            throws IOException {
        XlsxTable.<DiscrepancyView>of(
                        "Chênh lệch",
                        List.of(
                                XlsxTable.column("Đơn vị", 40, d -> d.unit().name()),
                                XlsxTable.column(
                                        "Đơn vị kiểm tra",
                                        40,
                                        d -> d.inspector().name()),
                                XlsxTable.column(
                                        "Tiêu chí", 10, d -> d.criterion().code()),
                                XlsxTable.column(
                                        "Tối đa", 10, d -> d.criterion().maxPoints()),
                                XlsxTable.column("Tự chấm", 10, DiscrepancyView::self),
                                XlsxTable.column("Kiểm tra", 10, DiscrepancyView::inspection),
                                XlsxTable.column("Điểm chốt", 10, DiscrepancyView::resolved),
                                XlsxTable.column("Lý do", 50, DiscrepancyView::reason)))
                .write(results.discrepancies(user, yearId), response, "chenh-lech-" + yearId + ".xlsx");
    }
}
