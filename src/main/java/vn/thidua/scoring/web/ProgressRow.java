package vn.thidua.scoring.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.validation.Messages;
import vn.thidua.scoring.ProgressView;

/**
 * One row of the workspace's progress table, its words and badge classes chosen here. Each value a
 * template reads passes Thymeleaf's check of the object's type (a stream over its blocked types): the
 * table's rows were a third of the page's time with about thirty reads a row, and are now read in about
 * fifteen (issue 20, bench/README.md). Public, because SpEL compiles the reads of public types only; a
 * package-private record cost more than the old template.
 */
public record ProgressRow(
        long unitId,
        String unit,
        @Nullable String role,
        String roleClass,
        String covenant,
        String covenantClass,
        String self,
        String selfClass,
        String inspector,
        String inspected,
        String inspectedClass,
        String inspects,
        @Nullable String openObjections,
        @Nullable String answeredObjections) {

    /** Whether any objection concerns the unit (the cell shows "—" when none does). */
    public boolean objections() {
        return openObjections != null || answeredObjections != null;
    }

    private static final String DONE = "badge text-bg-success";
    private static final String DRAFT = "badge text-bg-warning";
    private static final String NOT_STARTED = "badge text-bg-light border";

    static List<ProgressRow> of(
            List<ProgressView.Member> members, BlocYearView year, String blocKind, Messages messages) {
        String leader = messages.get("blocRole.LEADER." + blocKind);
        String deputy = messages.get("blocRole.DEPUTY." + blocKind);
        List<ProgressRow> rows = new ArrayList<>(members.size());
        for (ProgressView.Member m : members) {
            boolean leads = year.isLeader(m.unit());
            boolean seconds = !leads && year.isDeputy(m.unit());
            rows.add(new ProgressRow(
                    m.unit().id(),
                    m.unit().name(),
                    leads ? leader : seconds ? deputy : null,
                    leads ? "badge badge-leader" : "badge badge-deputy",
                    word(m.covenant(), "Đã ký", "Đã đăng ký"),
                    badge(m.covenant()),
                    word(m.selfScore(), "Đã nộp", "Đang chấm"),
                    badge(m.selfScore()),
                    name(m.inspector()),
                    word(m.inspected(), "Đã nộp", "Đang chấm"),
                    badge(m.inspected()),
                    name(m.inspects()),
                    m.openObjections() > 0 ? m.openObjections() + " chờ trả lời" : null,
                    m.answeredObjections() > 0 ? m.answeredObjections() + " đã trả lời" : null));
        }
        return rows;
    }

    private static String word(ProgressView.Step step, String done, String draft) {
        return switch (step) {
            case DONE -> done;
            case DRAFT -> draft;
            case NOT_STARTED -> "Chưa";
        };
    }

    private static String badge(ProgressView.Step step) {
        return switch (step) {
            case DONE -> DONE;
            case DRAFT -> DRAFT;
            case NOT_STARTED -> NOT_STARTED;
        };
    }

    private static String name(@Nullable UnitRef unit) {
        return unit == null ? "—" : unit.name();
    }
}
