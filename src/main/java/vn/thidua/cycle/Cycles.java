package vn.thidua.cycle;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.thidua.cycle.domain.CycleActor;
import vn.thidua.cycle.domain.CycleRefusal;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;

/** Runs a step of the year's cycle, turning a refusal of its rules into a 403 or a 409 with its message's key as the code. */
@Component
class Cycles {

    private final Checks checks;

    Cycles(Checks checks) {
        this.checks = checks;
    }

    static CycleActor actor(CurrentUser user, BlocYearScope scope) {
        return new CycleActor(user.username(), scope.board(), scope.memberUnitId(), scope.leader());
    }

    <E> E take(Supplier<E> step) {
        try {
            return step.get();
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
}
