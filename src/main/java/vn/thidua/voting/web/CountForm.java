package vn.thidua.voting.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole numbers a counting form gives (hands or paper ballots per option as "count-{option id}",
 * totals, the version read); a value that is no whole number is kept, so that the page answers with it.
 */
final class CountForm {

    private final Map<String, String> form;
    private final List<String> unreadable = new ArrayList<>();

    CountForm(Map<String, String> form) {
        this.form = form;
    }

    /** The count of each option the form gives. */
    Map<Long, Integer> counts() {
        Map<Long, Integer> counts = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("count-")) {
                try {
                    counts.put(Long.parseLong(key.substring(6)), parsed(value, Integer::valueOf));
                } catch (NumberFormatException e) {
                    unreadable.add(key);
                }
            }
        });
        return counts;
    }

    /** A whole number of the form, null when blank. */
    Integer number(String field) {
        return parsed(form.get(field), Integer::valueOf);
    }

    /** The version of the vote the form was read with, null when blank. */
    Long version() {
        return parsed(form.get("version"), Long::valueOf);
    }

    /** What was typed and is no whole number (empty when everything read so far was). */
    List<String> unreadable() {
        return unreadable;
    }

    private <T> T parsed(String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            unreadable.add(value);
            return null;
        }
    }
}
