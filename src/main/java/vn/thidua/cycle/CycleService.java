package vn.thidua.cycle;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.domain.CycleEvent;
import vn.thidua.cycle.domain.YearCycle;
import vn.thidua.cycle.internal.CycleStore;
import vn.thidua.org.BlocService;
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
    private final BlocService blocs;
    private final Checks checks;
    private final Clock clock;

    CycleService(CycleStore store, Cycles cycles, BlocService blocs, Checks checks, Clock clock) {
        this.store = store;
        this.cycles = cycles;
        this.blocs = blocs;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CycleView view(CurrentUser user, long yearId) {
        return view(blocs.scope(user, yearId));
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
        return new CycleView(yearId, store.launch(yearId).orElse(null), covenants);
    }

    @Transactional
    public CycleView launch(CurrentUser user, long yearId, LaunchCommand command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        boolean launched = store.launch(yearId).isPresent();
        YearCycle year = new YearCycle(yearId, launched, null, null);
        CycleEvent event =
                cycles.take(() -> year.launch(Cycles.actor(user, scope), command.getVersion(), clock.instant()));
        Checks.Collector check = checks.of(command);
        int y = scope.year().year();
        if (command.getLaunchedOn() != null
                && (command.getLaunchedOn().getYear() < y - 1
                        || command.getLaunchedOn().getYear() > y)) {
            check.reject("launchedOn", "launch.date.outsideYear", y - 1, y);
        }
        Cycles.requireVersion(check, launched, command.getVersion());
        check.throwIfInvalid();
        String movements =
                command.getMovements() == null ? "" : command.getMovements().strip();
        if (event instanceof CycleEvent.LaunchEdited edited) {
            if (!store.updateLaunch(
                    yearId, command.getLaunchedOn(), command.getText().strip(), movements, edited.version())) {
                throw new OptimisticLockingFailureException("launch of " + yearId + " changed");
            }
        } else {
            try {
                store.insertLaunch(
                        yearId, command.getLaunchedOn(), command.getText().strip(), movements, event.by(), event.at());
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("launched meanwhile", e);
            }
        }
        return view(scope);
    }

    @Transactional
    public CycleView saveTargets(CurrentUser user, long yearId, long unitId, CovenantCommand command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        YearCycle year = state(yearId, unitId);
        CycleEvent event = cycles.take(
                () -> year.registerTargets(Cycles.actor(user, scope), command.getVersion(), clock.instant()));
        Checks.Collector check = checks.of(command);
        Cycles.requireVersion(check, year.covenant().registered(), command.getVersion());
        check.throwIfInvalid();
        String targets = command.getTargets().strip();
        if (event instanceof CycleEvent.TargetsChanged changed) {
            if (!store.updateTargets(yearId, unitId, targets, event.by(), event.at(), changed.version())) {
                throw new OptimisticLockingFailureException("covenant of " + unitId + " changed");
            }
        } else {
            try {
                store.insertCovenant(yearId, unitId, targets, event.by(), event.at());
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("covenant registered meanwhile", e);
            }
        }
        return view(scope);
    }

    /** A signature fixes the targets as read: a version sent must still be the covenant's. */
    @Transactional
    public CycleView sign(CurrentUser user, long yearId, long unitId, SignCommand command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        YearCycle year = state(yearId, unitId);
        CycleEvent.CovenantSigned signed = cycles.take(() -> year.sign(Cycles.actor(user, scope), clock.instant()));
        checks.of(command).throwIfInvalid();
        if (!store.sign(
                yearId,
                unitId,
                command.getSignerName().strip(),
                command.getSignerPosition().strip(),
                command.getVersion(),
                signed.by(),
                signed.at())) {
            throw new OptimisticLockingFailureException("covenant of " + unitId + " changed or signed meanwhile");
        }
        return view(scope);
    }

    private YearCycle state(long yearId, long unitId) {
        var covenant = store.covenant(yearId, unitId);
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
