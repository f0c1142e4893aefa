package vn.thidua.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.cycle.domain.CycleActor;
import vn.thidua.cycle.domain.CycleRefusal;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;

/**
 * Runs one step of a bloc year's cycle in one transaction: the user's standing, then the step, whose
 * refusals become a 403 or a 409 with their message's key as the code.
 */
@Component
record Cycles(BlocService blocs, Checks checks, Clock clock, TransactionTemplate transactions) {

    /** A step about to be taken: by whom, in which standing, when. */
    record Step(BlocYearScope scope, CycleActor actor, Instant at) {}

    <T> T step(CurrentUser user, long yearId, Function<Step, T> body) {
        return transactions.execute(status -> {
            BlocYearScope scope = blocs.scope(user, yearId);
            CycleActor actor = new CycleActor(user.username(), scope.board(), scope.memberUnitId(), scope.leader());
            return body.apply(new Step(scope, actor, clock.instant()));
        });
    }

    BlocYearScope scope(CurrentUser user, long yearId) {
        return blocs.scope(user, yearId);
    }

    /** The command's own constraints, to which the step adds its rules. */
    Checks.Collector check(Object command) {
        return checks.of(command);
    }

    <E> E take(Supplier<E> rule) {
        try {
            return rule.get();
        } catch (CycleRefusal refusal) {
            Object[] args = refusal.args().toArray();
            throw refusal.kind() == CycleRefusal.Kind.FORBIDDEN
                    ? checks.forbidden(refusal.code(), args)
                    : checks.conflict(refusal.code(), args);
        }
    }

    /** A write of a record that exists names the version it read. */
    static void requireVersion(Checks.Collector check, boolean exists, Long version) {
        if (exists && version == null) {
            check.reject("version", "problem.versionRequired");
        }
    }

    /** An update claims the version read; a first insert that another writer beat is just as stale. */
    static void write(boolean exists, BooleanSupplier update, Runnable insert, String what) {
        if (exists) {
            if (!update.getAsBoolean()) {
                throw new OptimisticLockingFailureException(what + " changed");
            }
            return;
        }
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException(what + " written meanwhile", e);
        }
    }
}
