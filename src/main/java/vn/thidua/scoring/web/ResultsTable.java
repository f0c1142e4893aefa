package vn.thidua.scoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.platform.text.Numbers;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.xlsx.XlsxTable;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.TemplateView.CriterionView;

/** The consolidated table as Excel: rank, unit, every criterion, bonus, penalty, total, class and level. */
final class ResultsTable {

    private ResultsTable() {}

    static void write(ResultsView results, Messages messages, HttpServletResponse response, int year)
            throws IOException {
        List<XlsxTable.Column<ResultsView.Row>> columns = new ArrayList<>();
        columns.add(XlsxTable.column("Thứ hạng", 10, r -> r.rank().position()));
        columns.add(XlsxTable.column("Đơn vị", 40, r -> r.unit().name()));
        for (CriterionView c : results.round().criteria()) {
            columns.add(
                    XlsxTable.column(c.code() + " (tối đa " + Numbers.text(c.maxPoints()) + ")", 12, r -> r.points(c)));
        }
        columns.add(XlsxTable.column("Điểm tiêu chí", 12, r -> r.rank().total().scored()));
        columns.add(XlsxTable.column("Điểm thưởng", 12, r -> r.rank().total().bonus()));
        columns.add(XlsxTable.column("Điểm trừ", 12, r -> r.rank().total().penalty()));
        columns.add(XlsxTable.column("Tổng điểm", 12, r -> r.rank().total().total()));
        columns.add(XlsxTable.column(
                "Xếp hạng",
                12,
                r -> r.rank().rankClass() == null
                        ? null
                        : messages.get("rankClass." + r.rank().rankClass())));
        columns.add(XlsxTable.column("Mức hoàn thành", 28, r -> r.rank().band()));
        columns.add(
                XlsxTable.column("Ghi chú", 30, r -> r.rank().tiedForVote() ? "Bằng điểm, hội nghị biểu quyết" : null));
        XlsxTable.of("Kết quả " + year, columns).write(results.rows(), response, "ket-qua-cham-diem-" + year + ".xlsx");
    }
}
