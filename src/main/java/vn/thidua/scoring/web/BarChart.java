package vn.thidua.scoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.platform.text.Numbers;
import vn.thidua.scoring.ResultsView;

/** The totals as horizontal bars, drawn on the server as SVG: no script, prints as it shows. */
record BarChart(List<Bar> bars, int height) {

    static final int ROW = 28;
    static final int LABEL = 260;
    static final int WIDTH = 420;

    record Bar(String label, String value, int y, int width, boolean first) {}

    static BarChart of(ResultsView results) {
        BigDecimal max = results.maxTotal().max(BigDecimal.ONE);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (ResultsView.Row row : results.rows()) {
            BigDecimal total = row.rank().total().total().max(BigDecimal.ZERO);
            int width = total.multiply(BigDecimal.valueOf(WIDTH))
                    .divide(max, 0, RoundingMode.HALF_UP)
                    .intValue();
            bars.add(new Bar(
                    row.rank().position() + ". " + row.unit().name(),
                    Numbers.text(row.rank().total().total()),
                    y,
                    width,
                    row.rank().position() == 1));
            y += ROW;
        }
        return new BarChart(bars, Math.max(y, ROW));
    }

    public int labelWidth() {
        return LABEL;
    }

    public int totalWidth() {
        return LABEL + WIDTH + 60;
    }
}
