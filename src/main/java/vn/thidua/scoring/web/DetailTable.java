package vn.thidua.scoring.web;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.platform.text.Numbers;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.TemplateView.CriterionView;

/** The final points of every unit and criterion, as text ready to print (a 15 × 120 table is 1,800 cells). */
record DetailTable(List<Header> headers, List<Row> rows) {

    record Header(String label, String title) {}

    record Row(String unit, List<String> cells, String total) {}

    static DetailTable of(ResultsView results) {
        List<CriterionView> criteria = results.round().criteria();
        List<Header> headers = criteria.stream()
                .map(c -> new Header(c.code() + " (" + Numbers.text(c.maxPoints()) + ")", c.name()))
                .toList();
        List<Row> rows = results.rows().stream()
                .map(r -> new Row(
                        r.unit().name(),
                        criteria.stream()
                                .map(c -> {
                                    BigDecimal points = r.points(c);
                                    return points == null ? "0" : Numbers.text(points);
                                })
                                .toList(),
                        Numbers.text(r.rank().total().total())))
                .toList();
        return new DetailTable(headers, rows);
    }
}
