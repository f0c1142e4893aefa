package vn.thidua.reports.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts drawn as horizontal SVG bars on the server: label, value, bar length in the chart's units. */
record Bars(String title, List<Bar> bars, int height) {

    static final int ROW = 24;
    static final int WIDTH = 360;

    record Bar(String label, long value, int y, int width) {}

    static Bars of(String title, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Bar> bars = new java.util.ArrayList<>();
        int y = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            bars.add(new Bar(e.getKey(), e.getValue(), y, (int) Math.max(2, e.getValue() * WIDTH / Math.max(1, max))));
            y += ROW;
        }
        return new Bars(title, bars, Math.max(ROW, y));
    }

    static <T> Map<String, Long> count(
            List<T> items, java.util.function.Function<T, String> key, java.util.function.ToLongFunction<T> value) {
        Map<String, Long> counts = new LinkedHashMap<>();
        items.forEach(i -> counts.merge(key.apply(i), value.applyAsLong(i), Long::sum));
        return counts;
    }
}
