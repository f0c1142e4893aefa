package vn.thidua.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.thidua.calendar.domain.CalendarEntry;
import vn.thidua.calendar.domain.CalendarEntry.Actor;
import vn.thidua.calendar.domain.CalendarEntry.Kind;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.domain.ProposalStatus;

/**
 * The dated steps of a proposal that the product stores: its submission, its công khai (from and until), the due date
 * of the step it is at (from the authority's dated parameters), the council's session and the decision. A council
 * member is given the council's steps only.
 */
final class ProposalDates {

    static final String BOARD = "Ban Thi đua – Khen thưởng";
    static final String COUNCIL = "Hội đồng Thi đua – Khen thưởng";

    private ProposalDates() {}

    static List<CalendarEntry> of(
            ProposalView p, List<ProposalView.Event> history, String blocName, boolean councilOnly) {
        List<CalendarEntry> entries = new ArrayList<>();
        String path = "/proposals/" + p.id();
        String id = "p" + p.id();
        if (!councilOnly) {
            last(history, Set.of("SUBMIT"))
                    .ifPresent(e -> entries.add(CalendarEntry.day(
                            "submitted-" + id,
                            YearDates.day(e.at()),
                            "Trình hồ sơ đề nghị khen thưởng: " + p.title(),
                            blocName,
                            p.proposerName(),
                            path,
                            Kind.EVENT)));
            if (p.publicFrom() != null && p.publicUntil() != null) {
                entries.add(new CalendarEntry(
                        "public-" + id,
                        YearDates.day(p.publicFrom()),
                        YearDates.day(p.publicUntil()),
                        "Công khai danh sách đề nghị khen thưởng: " + p.title(),
                        blocName,
                        BOARD + " công khai; nhân dân góp ý",
                        path,
                        Kind.EVENT,
                        Set.of(Actor.BOARD)));
            }
        }
        if (p.stepDueOn() != null && !p.status().finished() && (!councilOnly || p.status() == ProposalStatus.COUNCIL)) {
            entries.add(CalendarEntry.day(
                            "due-" + id + "-" + p.status().name().toLowerCase(Locale.ROOT),
                            p.stepDueOn(),
                            due(p.status()) + ": " + p.title(),
                            blocName,
                            actor(p),
                            path,
                            Kind.DEADLINE)
                    .actedOnBy(actors(p.status())));
        }
        last(history, Set.of("RECORD_COUNCIL", "CLOSE_WITHOUT_AWARD"))
                .ifPresent(e -> entries.add(CalendarEntry.day(
                        "council-" + id,
                        YearDates.day(e.at()),
                        "Hội đồng Thi đua – Khen thưởng xét đề nghị: " + p.title(),
                        blocName,
                        COUNCIL,
                        path,
                        Kind.EVENT)));
        if (!councilOnly && p.decision() != null) {
            entries.add(CalendarEntry.day(
                            "decision-" + id,
                            p.decision().signedOn(),
                            "Quyết định khen thưởng số " + p.decision().symbol() + ": " + p.title(),
                            blocName,
                            p.decision().signerTitle() + " " + p.decision().signerName() + " ký",
                            path,
                            Kind.EVENT)
                    .actedOnBy(Actor.PROPOSER));
        }
        return entries;
    }

    /** What the step the proposal is at must have done by its due date. */
    static String due(ProposalStatus status) {
        return switch (status) {
            case SUBMITTED, UNDER_REVIEW -> "Hạn thẩm định hồ sơ đề nghị";
            case RETURNED -> "Hạn bổ sung hồ sơ đề nghị";
            case PUBLIC_COMMENT -> "Hạn kết thúc công khai";
            case COUNCIL -> "Hạn họp Hội đồng Thi đua – Khen thưởng";
            case AWAITING_DECISION -> "Hạn ban hành quyết định khen thưởng";
            default -> "Hạn bước tiếp theo";
        };
    }

    /** Who must act by the step's due date: the one named by {@link #actor}, and the board that follows each step. */
    static Actor[] actors(ProposalStatus status) {
        return switch (status) {
            case RETURNED -> new Actor[] {Actor.PROPOSER};
            case COUNCIL -> new Actor[] {Actor.COUNCIL, Actor.BOARD};
            case AWAITING_DECISION -> new Actor[] {Actor.DECIDER, Actor.BOARD};
            default -> new Actor[] {Actor.BOARD};
        };
    }

    private static String actor(ProposalView p) {
        return switch (p.status()) {
            case RETURNED -> p.proposerName();
            case COUNCIL -> COUNCIL + "; " + BOARD + " tổ chức";
            case AWAITING_DECISION -> "Người có thẩm quyền quyết định khen thưởng";
            default -> BOARD;
        };
    }

    private static Optional<ProposalView.Event> last(List<ProposalView.Event> history, Set<String> actions) {
        return history.stream()
                .filter(e -> actions.contains(e.action()))
                .max(Comparator.comparing(ProposalView.Event::at));
    }
}
