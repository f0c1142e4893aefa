package vn.thidua.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.internal.AfterwardsStore;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;

/**
 * A past year entered afterwards (nhập bổ sung): a board recording 2022 in 2026 takes its steps with the dates they
 * had, and its objection window and công khai, which took place outside the system, count as over at once. Only a
 * year whose conference was held before today may be marked, so the current year keeps its real clocks; only the
 * board of the bloc's authority marks it, once, with its reason, audited.
 */
@Service
public class EnteredAfterwards {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AfterwardsStore store;
    private final Cycles cycles;
    private final Checks checks;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    EnteredAfterwards(
            AfterwardsStore store, Cycles cycles, Checks checks, AuditLog audit, Messages messages, Clock clock) {
        this.store = store;
        this.cycles = cycles;
        this.checks = checks;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the year was entered afterwards: its windows are over at once. No standing needed (no content). */
    @Transactional(readOnly = true)
    public boolean of(long yearId) {
        return store.find(yearId).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<AfterwardsView> find(long yearId) {
        return store.find(yearId);
    }

    public AfterwardsView mark(CurrentUser user, long yearId, AfterwardsCommand command) {
        return cycles.step(user, yearId, step -> {
            BlocYearScope scope = step.scope();
            // the board of the bloc's authority, not an administrator nor the leading unit: it answers for the record
            if (!user.isBoardOf(scope.bloc().authorityId())) {
                throw checks.forbidden("afterwards.boardOnly");
            }
            String year = String.valueOf(scope.year().year());
            if (store.find(yearId).isPresent()) {
                throw checks.conflict("afterwards.already", year);
            }
            // only a year gone by: the current year keeps its real windows whatever conference day is typed
            if (scope.year().year() >= Year.now(clock).getValue()) {
                throw checks.conflict("afterwards.currentYear", year);
            }
            LocalDate held =
                    store.conferenceDay(yearId).orElseThrow(() -> checks.conflict("afterwards.noConference", year));
            if (!held.isBefore(LocalDate.now(clock))) {
                throw checks.conflict("afterwards.conferenceNotPast", year, DAY.format(held));
            }
            checks.of(command).throwIfInvalid();
            String reason = command.reason().strip();
            if (!store.mark(yearId, reason, user.username(), step.at())) {
                throw checks.conflict("afterwards.already", year);
            }
            audit.record(AuditEvent.by(
                    user,
                    AuditAction.BLOC_YEAR_ENTERED_AFTERWARDS,
                    scope.bloc().authorityId(),
                    "năm thi đua " + yearId,
                    messages.get("afterwards.audit", scope.bloc().name(), year, DAY.format(held), reason)));
            return store.find(yearId).orElseThrow();
        });
    }
}
