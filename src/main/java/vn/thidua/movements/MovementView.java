package vn.thidua.movements;

import java.time.LocalDate;
import vn.thidua.movements.domain.Duration;
import vn.thidua.movements.domain.LauncherLevel;
import vn.thidua.movements.domain.MovementKind;
import vn.thidua.movements.domain.MovementScope;
import vn.thidua.movements.domain.MovementStatus;

/** A movement as read: its launch, period, who takes part and, once closed, its results. */
public record MovementView(
        long id,
        long authorityId,
        String name,
        MovementKind kind,
        MovementScope scope,
        LauncherLevel launcher,
        String documentNumber,
        LocalDate documentDate,
        String signer,
        LocalDate launchedOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        String participants,
        MovementStatus status,
        String resultSummary,
        Integer collectivesCommended,
        Integer individualsCommended,
        String awardDecisions,
        long version) {

    public Duration duration() {
        return Duration.of(periodFrom, periodTo);
    }
}
