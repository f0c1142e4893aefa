package vn.thidua.statistics.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The heading rows above a form's columns as spans, the same for the page's table and the workbook's merged cells:
 * equal neighbouring headings under the same parent are merged across, a column's last heading is merged down to the
 * bottom heading row. The leading columns (label, code, unit, total) span all heading rows.
 */
public final class Headings {

    private Headings() {}

    /** A heading cell: its text, first column (0 = the first count column after the total), and its spans. */
    public record Span(String text, int column, int row, int colspan, int rowspan) {}

    public static int depth(StatForm<?> form) {
        return form.columns().stream().mapToInt(c -> c.headings().size()).max().orElse(1);
    }

    public static List<List<Span>> of(StatForm<?> form) {
        int depth = depth(form);
        List<? extends StatForm.Column<?>> cols = form.columns();
        List<List<Span>> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<Span> spans = new ArrayList<>();
            int c = 0;
            while (c < cols.size()) {
                List<String> h = cols.get(c).headings();
                if (h.size() <= level) {
                    c++;
                    continue;
                }
                int end = c + 1;
                boolean last = h.size() == level + 1;
                while (end < cols.size() && sameUpTo(h, cols.get(end).headings(), level) && !last) {
                    end++;
                }
                if (last) {
                    // a last heading merges across only with neighbours whose last heading it is too
                    while (end < cols.size()
                            && cols.get(end).headings().size() == level + 1
                            && sameUpTo(h, cols.get(end).headings(), level)) {
                        end++;
                    }
                }
                spans.add(new Span(h.get(level), c, level, end - c, last ? depth - level : 1));
                c = end;
            }
            rows.add(spans);
        }
        return rows;
    }

    /** The numbers row under the headings: equal neighbouring codes print once, merged across. */
    public static List<Span> codes(StatForm<?> form) {
        List<Span> spans = new ArrayList<>();
        List<? extends StatForm.Column<?>> cols = form.columns();
        int c = 0;
        while (c < cols.size()) {
            int end = c + 1;
            while (end < cols.size() && cols.get(end).code().equals(cols.get(c).code())) {
                end++;
            }
            spans.add(new Span(cols.get(c).code(), c, 0, end - c, 1));
            c = end;
        }
        return spans;
    }

    private static boolean sameUpTo(List<String> a, List<String> b, int level) {
        if (b.size() <= level) {
            return false;
        }
        for (int i = 0; i <= level; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
