package vn.thidua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.calendar.domain.CalendarEntry;
import vn.thidua.calendar.domain.CalendarEntry.Actor;
import vn.thidua.calendar.domain.CalendarEntry.Kind;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.cycle.CycleService;
import vn.thidua.cycle.CycleView;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Messages;
import vn.thidua.scoring.RoundView;
import vn.thidua.scoring.ScoringService;

/**
 * The dated steps of one bloc year that the product stores: the launch (which opens the covenant), the opening of the
 * cross-inspection, the consolidation, the objection window, the lock and the conference. The product keeps no
 * deadline for the covenant, the self-scores or the inspections: none is made up here.
 */
@Component
record YearDates(CycleService cycles, ConferenceService conferences, ScoringService scoring, Messages messages) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    List<CalendarEntry> of(CurrentUser user, BlocYearScope scope) {
        long id = scope.year().id();
        String bloc = scope.bloc().name() + " năm " + scope.year().year();
        String leader = leader(scope);
        String members = "Các đơn vị thành viên";
        String board = "Ban Thi đua – Khen thưởng";
        String year = "/bloc-years/" + id;
        List<CalendarEntry> entries = new ArrayList<>();
        CycleView cycle = cycles.view(scope);
        if (cycle.launch() != null) {
            entries.add(CalendarEntry.day(
                            "launch-" + id,
                            cycle.launch().launchedOn(),
                            "Phát động thi đua, mở ký kết giao ước",
                            bloc,
                            leader + " phát động; " + members.toLowerCase(Locale.ROOT) + " ký giao ước",
                            year + "/launch",
                            Kind.EVENT)
                    .actedOnBy(Actor.MEMBERS));
        }
        RoundView round = scoring.round(user, id).orElse(null);
        if (round != null) {
            if (round.inspectionOpenedAt() != null) {
                entries.add(CalendarEntry.day(
                                "inspection-" + id,
                                day(round.inspectionOpenedAt()),
                                "Mở kiểm tra chéo",
                                bloc,
                                leader + " mở; " + members.toLowerCase(Locale.ROOT) + " chấm đơn vị được phân công",
                                year + "/inspections",
                                Kind.EVENT)
                        .actedOnBy(Actor.MEMBERS));
            }
            if (round.consolidatedAt() != null) {
                entries.add(CalendarEntry.day(
                        "consolidation-" + id,
                        day(round.consolidatedAt()),
                        "Tổng hợp kết quả chấm điểm",
                        bloc,
                        leader,
                        year + "/results",
                        Kind.EVENT));
            }
            if (round.objectionFrom() != null && round.objectionUntil() != null) {
                entries.add(new CalendarEntry(
                        "objections-" + id,
                        round.objectionFrom(),
                        round.objectionUntil(),
                        "Thời hạn kiến nghị về kết quả chấm điểm",
                        bloc,
                        members + " kiến nghị; " + leader + " trả lời",
                        year + "/results",
                        Kind.EVENT,
                        Set.of(Actor.MEMBERS, Actor.LEADER)));
            }
            if (round.lockedAt() != null) {
                entries.add(CalendarEntry.day(
                        "lock-" + id,
                        day(round.lockedAt()),
                        "Khóa kết quả chấm điểm",
                        bloc,
                        board,
                        year + "/results",
                        Kind.EVENT));
            }
        }
        ConferenceView conference = conferences.get(scope).orElse(null);
        if (conference != null && conference.heldOn() != null) {
            entries.add(CalendarEntry.day(
                            "conference-" + id,
                            conference.heldOn(),
                            "Hội nghị tổng kết",
                            bloc,
                            (conference.host() != null ? conference.host().name() + " đăng cai; " : "") + leader
                                    + " chủ trì; " + members.toLowerCase(Locale.ROOT) + " dự",
                            year + "/conference",
                            Kind.EVENT)
                    .actedOnBy(Actor.MEMBERS, Actor.LEADER, Actor.BOARD));
        }
        return entries;
    }

    /** "Khối trưởng (Sở Tài chính)", in the words of the bloc's kind. */
    private String leader(BlocYearScope scope) {
        String title = messages.get("blocRole.LEADER." + scope.bloc().kind());
        return scope.year().leader() == null
                ? title
                : title + " (" + scope.year().leader().name() + ")";
    }

    static LocalDate day(Instant at) {
        return at.atZone(VIETNAM).toLocalDate();
    }
}
