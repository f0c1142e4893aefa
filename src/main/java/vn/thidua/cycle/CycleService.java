package vn.thidua.cycle;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.internal.CycleStore;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;

/**
 * The start of a bloc's year: the leader launches the emulation (phát động) and so opens the
 * covenant; each member unit registers its targets and signs (ký kết giao ước thi đua).
 */
@Service
public class CycleService {

    private final CycleStore store;
    private final BlocService blocs;
    private final Checks checks;
    private final Clock clock;

    CycleService(CycleStore store, BlocService blocs, Checks checks, Clock clock) {
        this.store = store;
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
        scope.requireLeaderOrBoard();
        Checks.Collector check = checks.of(command);
        int year = scope.year().year();
        if (command.getLaunchedOn() != null
                && (command.getLaunchedOn().getYear() < year - 1
                        || command.getLaunchedOn().getYear() > year)) {
            check.reject("launchedOn", "launch.date.outsideYear", year - 1, year);
        }
        check.throwIfInvalid();
        String movements =
                command.getMovements() == null ? "" : command.getMovements().strip();
        if (store.launch(yearId).isEmpty()) {
            try {
                store.insertLaunch(
                        yearId,
                        command.getLaunchedOn(),
                        command.getText().strip(),
                        movements,
                        user.username(),
                        clock.instant());
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("launched meanwhile", e);
            }
        } else if (!store.updateLaunch(
                yearId, command.getLaunchedOn(), command.getText().strip(), movements, command.getVersion())) {
            throw new OptimisticLockingFailureException("launch of " + yearId + " changed");
        }
        return view(scope);
    }

    @Transactional
    public CycleView saveTargets(CurrentUser user, long yearId, long unitId, CovenantCommand command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireOwnUnit(unitId);
        Checks.Collector check = checks.of(command);
        if (store.launch(yearId).isEmpty()) {
            check.reject("targets", "covenant.notOpen");
        }
        var existing = store.covenant(yearId, unitId);
        if (existing.isPresent() && existing.get().signedAt() != null) {
            check.reject("targets", "covenant.alreadySigned");
        }
        check.throwIfInvalid();
        if (existing.isEmpty()) {
            try {
                store.insertCovenant(yearId, unitId, command.getTargets().strip(), user.username(), clock.instant());
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("covenant registered meanwhile", e);
            }
        } else if (!store.updateTargets(
                yearId, unitId, command.getTargets().strip(), user.username(), clock.instant(), command.getVersion())) {
            throw new OptimisticLockingFailureException("covenant of " + unitId + " changed");
        }
        return view(scope);
    }

    @Transactional
    public CycleView sign(CurrentUser user, long yearId, long unitId, SignCommand command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireOwnUnit(unitId);
        Checks.Collector check = checks.of(command);
        var existing = store.covenant(yearId, unitId);
        if (existing.isEmpty()) {
            check.reject("signerName", "covenant.noTargets");
        } else if (existing.get().signedAt() != null) {
            check.reject("signerName", "covenant.alreadySigned");
        }
        check.throwIfInvalid();
        if (!store.sign(
                yearId,
                unitId,
                command.getSignerName().strip(),
                command.getSignerPosition().strip(),
                user.username(),
                clock.instant())) {
            throw new OptimisticLockingFailureException("covenant of " + unitId + " signed meanwhile");
        }
        return view(scope);
    }
}
