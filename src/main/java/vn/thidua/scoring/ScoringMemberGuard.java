package vn.thidua.scoring;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.org.BlocYearId;
import vn.thidua.org.MemberChangeGuard;
import vn.thidua.org.UnitId;
import vn.thidua.platform.validation.Messages;
import vn.thidua.scoring.domain.Stage;
import vn.thidua.scoring.internal.RoundStore;

/**
 * Once a unit has started scoring or the inspection is open, the members of the year stay as they
 * are: a unit added then could never be inspected, a unit removed would leave an inspection nobody
 * can submit.
 */
@Component
record ScoringMemberGuard(RoundStore rounds, Messages messages) implements MemberChangeGuard {

    @Override
    public Optional<String> refuse(BlocYearId year, Set<UnitId> removed, Set<UnitId> added) {
        return rounds.roundForUpdate(year.value())
                .filter(round ->
                        round.stage() != Stage.SCORING || round.inspectionOpen() || rounds.hasSelfScores(year.value()))
                .map(round -> messages.get("round.membersFixed"));
    }
}
