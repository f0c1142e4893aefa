package vn.thidua.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.domain.CycleEvent;
import vn.thidua.cycle.domain.YearCycle;
import vn.thidua.cycle.internal.AfterwardsStore;
import vn.thidua.cycle.internal.CycleStore;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;

/**
 * The start of a bloc's year: the leader launches the emulation (phát động) and so opens the
 * covenant; each member unit registers its targets and signs (ký kết giao ước thi đua). Who may take
 * which step in which state is {@link YearCycle}'s.
 */
@Service
public class CycleService {

    private final CycleStore store;
    private final Cycles cycles;
    private final AfterwardsStore afterwards;

    CycleService(CycleStore store, Cycles cycles, AfterwardsStore afterwards) {
        this.store = store;
        this.cycles = cycles;
        this.afterwards = afterwards;
    }

    @Transactional(readOnly = true)
    public CycleView view(CurrentUser user, long yearId) {
        return view(cycles.scope(user, yearId));
    }

    @Transactional(readOnly = true)
    public CycleView view(BlocYearScope scope) {
        long yearId = scope.year().id();
        Map<Long, CycleStore.CovenantRow> rows = store.covenants(yearId);
        List<CycleView.Covenant> covenants = scope.year().members().stream()
                .map(unit -> {
                    CycleStore.CovenantRow row = rows.get(unit.id());
                    return row == null
                            ? new CycleView.Covenant(unit, null, null, null, null, null)
                            : new CycleView.Covenant(
                                    unit,
                                    row.targets(),
                                    row.signerName(),
                                    row.signerPosition(),
                                    row.signedAt(),
                                    row.version());
                })
                .toList();
        return new CycleView(
                yearId,
                store.launch(yearId).orElse(null),
                covenants,
                afterwards.find(yearId).orElse(null));
    }

    public CycleView launch(CurrentUser user, long yearId, LaunchCommand command) {
        return cycles.step(user, yearId, step -> {
            boolean launched = store.launch(yearId).isPresent();
            YearCycle year = new YearCycle(yearId, launched, null, null);
            CycleEvent event = cycles.take(() -> year.launch(step.actor(), command.version(), step.at()));
            Checks.Collector check = cycles.check(command);
            int y = step.scope().year().year();
            LocalDate on = command.launchedOn();
            if (on != null && (on.getYear() < y - 1 || on.getYear() > y)) {
                check.reject("launchedOn", "launch.date.outsideYear", y - 1, y);
            }
            Cycles.requireVersion(check, launched, command.version());
            check.throwIfInvalid();
            String text = command.text().strip();
            String movements =
                    command.movements() == null ? "" : command.movements().strip();
            Cycles.write(
                    event instanceof CycleEvent.LaunchEdited,
                    () -> store.updateLaunch(yearId, on, text, movements, command.version()),
                    () -> store.insertLaunch(yearId, on, text, movements, event.by(), event.at()),
                    "launch of " + yearId);
            return view(step.scope());
        });
    }

    public CycleView saveTargets(CurrentUser user, long yearId, long unitId, CovenantCommand command) {
        return cycles.step(user, yearId, step -> {
            YearCycle year = state(yearId, unitId);
            CycleEvent event = cycles.take(() -> year.registerTargets(step.actor(), command.version(), step.at()));
            Checks.Collector check = cycles.check(command);
            Cycles.requireVersion(check, year.covenant().registered(), command.version());
            check.throwIfInvalid();
            String targets = command.targets().strip();
            Cycles.write(
                    event instanceof CycleEvent.TargetsChanged,
                    () -> store.updateTargets(yearId, unitId, targets, event.by(), event.at(), command.version()),
                    () -> store.insertCovenant(yearId, unitId, targets, event.by(), event.at()),
                    "covenant of " + unitId);
            return view(step.scope());
        });
    }

    /** A signature fixes the targets as read: a version sent must still be the covenant's. */
    public CycleView sign(CurrentUser user, long yearId, long unitId, SignCommand command) {
        return cycles.step(user, yearId, step -> {
            var covenant = store.covenant(yearId, unitId);
            YearCycle year = state(yearId, unitId, covenant);
            CycleEvent.CovenantSigned signed = cycles.take(() -> year.sign(step.actor(), step.at()));
            cycles.check(command).throwIfInvalid();
            if (command.version() != null
                    && covenant.map(c -> c.version() != command.version()).orElse(false)) {
                throw new OptimisticLockingFailureException("covenant of " + unitId + " changed");
            }
            String name = command.signerName().strip();
            String position = command.signerPosition().strip();
            if (!store.sign(yearId, unitId, name, position, signed.by(), signed.at())) {
                throw new OptimisticLockingFailureException("covenant of " + unitId + " signed meanwhile");
            }
            return view(step.scope());
        });
    }

    private YearCycle state(long yearId, long unitId) {
        return state(yearId, unitId, store.covenant(yearId, unitId));
    }

    private YearCycle state(long yearId, long unitId, Optional<CycleStore.CovenantRow> covenant) {
        return new YearCycle(
                yearId,
                store.launch(yearId).isPresent(),
                new YearCycle.Covenant(
                        unitId,
                        covenant.isPresent(),
                        covenant.map(c -> c.signedAt() != null).orElse(false)),
                null);
    }
}
