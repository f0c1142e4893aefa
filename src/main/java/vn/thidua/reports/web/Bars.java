package vn.thidua.reports.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Counts drawn as horizontal bars in HTML: the label in the page's own type (it wraps, it is never
 * scaled down with a drawing nor cut), the value, and the bar's length as a share of the largest.
 */
record Bars(String title, List<Bar> bars) {

    /** {@code percent}: the bar's length, 1 to 100 (a count of one among thousands still shows). */
    record Bar(String label, long value, int percent) {}

    static Bars of(String title, Map<String, Long> counts) {
        long max = Math.max(
                1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = counts.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue(), (int) Math.max(1, e.getValue() * 100 / max)))
                .toList();
        return new Bars(title, bars);
    }

    static <T> Map<String, Long> count(List<T> items, Function<T, String> key, ToLongFunction<T> value) {
        Map<String, Long> counts = new LinkedHashMap<>();
        items.forEach(i -> counts.merge(key.apply(i), value.applyAsLong(i), Long::sum));
        return counts;
    }
}
