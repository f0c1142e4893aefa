package vn.thidua.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.NameKey;
import vn.thidua.onboarding.domain.Problem;

/**
 * The values one column takes (a kind or a role): each by its code (SO, UNIT_OFFICER or UNIT OFFICER),
 * its Vietnamese label ("Sở") or a common word for it, compared without case or diacritics. The
 * template's list of the column is written from the same values, so the two cannot drift apart.
 */
final class Choice<E extends Enum<E>> {

    private final Column column;
    private final List<E> values;
    private final Function<E, String> label;
    private final Map<String, E> byKey = new LinkedHashMap<>();

    Choice(Column column, E[] values, Function<E, String> label) {
        this.column = column;
        this.values = List.of(values);
        this.label = label;
        for (E value : values) {
            String code = value.name();
            byKey.put(NameKey.of(code), value);
            byKey.put(NameKey.of(code.replace('_', ' ')), value);
            byKey.put(NameKey.of(label.apply(value)), value);
        }
    }

    /** Another word the cell may hold for {@code value} ("Tỉnh" for a province). */
    Choice<E> or(String word, E value) {
        byKey.put(NameKey.of(word), value);
        return this;
    }

    Column column() {
        return column;
    }

    String label(E value) {
        return label.apply(value);
    }

    /** Each value's code and label, in the enum's order: the template's list. */
    List<String[]> codesAndLabels() {
        return values.stream().map(v -> new String[] {v.name(), label.apply(v)}).toList();
    }

    /** Null for a blank cell (required cells are checked apart) or an unknown value, then with its problem. */
    E parse(SheetLine line, List<Problem> problems) {
        String text = line.cell(column);
        if (text.isEmpty()) {
            return null;
        }
        E value = byKey.get(NameKey.of(text));
        if (value == null) {
            problems.add(
                    Problem.at(line.row(), column, "onboarding.value.unknown", text, String.join("; ", accepted())));
        }
        return value;
    }

    private List<String> accepted() {
        List<String> accepted = new ArrayList<>();
        for (E value : new LinkedHashSet<>(byKey.values())) {
            accepted.add(value.name() + " (" + label.apply(value) + ")");
        }
        return accepted;
    }
}
