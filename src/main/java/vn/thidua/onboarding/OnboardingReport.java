package vn.thidua.onboarding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or would have done, to each row of the workbook. {@code applied} false means
 * nothing was saved: {@code errors} lists every wrong cell, and the other rows say what they would
 * have become. An activation link is shown here once, for each new account.
 */
public record OnboardingReport(
        Long authorityId,
        String authorityName,
        boolean applied,
        Map<Outcome, Long> counts,
        List<CellError> errors,
        List<RowReport> rows) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        ERROR,
        /** Not compared with the registry because a row it names is wrong (only when nothing was saved). */
        NOT_CHECKED
    }

    /** One wrong cell: sheet title, row as Excel numbers it, column heading (null: the whole row), message. */
    public record CellError(String sheet, int row, String column, String message) {}

    public record RowReport(
            String sheet,
            int row,
            String name,
            Outcome outcome,
            List<CellError> errors,
            String note,
            String activationLink) {

        public RowReport {
            errors = List.copyOf(errors);
        }
    }

    public OnboardingReport {
        counts = Map.copyOf(counts);
        errors = List.copyOf(errors);
        rows = List.copyOf(rows);
    }

    static OnboardingReport of(Long authorityId, String authorityName, List<RowReport> rows) {
        List<CellError> errors = new ArrayList<>();
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
        for (RowReport row : rows) {
            errors.addAll(row.errors());
            counts.merge(row.outcome(), 1L, Long::sum);
        }
        return new OnboardingReport(authorityId, authorityName, errors.isEmpty(), counts, errors, rows);
    }

    public long count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    /** For each sheet in the workbook's order, how many of its rows ended each way. */
    public Map<String, Map<Outcome, Long>> countsBySheet() {
        Map<String, Map<Outcome, Long>> bySheet = new LinkedHashMap<>();
        for (RowReport row : rows) {
            bySheet.computeIfAbsent(row.sheet(), s -> new EnumMap<>(Outcome.class))
                    .merge(row.outcome(), 1L, Long::sum);
        }
        return bySheet;
    }

    /** One line per new account, "Họ tên (tên đăng nhập): liên kết", to copy at once. */
    public String linksText() {
        return String.join(
                "\n",
                rows.stream()
                        .filter(r -> r.activationLink() != null)
                        .map(r -> r.name() + ": " + r.activationLink())
                        .toList());
    }
}
