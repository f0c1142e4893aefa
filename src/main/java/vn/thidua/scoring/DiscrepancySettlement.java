package vn.thidua.scoring;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;

/** The leader settles each flagged criterion of another unit with a written reason; the board settles the leader's. */
@Service
public record DiscrepancySettlement(ResultService results, Rounds rounds) {

    public DiscrepancyView resolve(CurrentUser user, long yearId, ScoringRequests.Resolve request) {
        return rounds.step(user, yearId, step -> {
            rounds.check(() -> step.round().requireResolvable(step.actor()));
            RoundView view = results.round(yearId);
            DiscrepancyView flag = results.discrepancies(step.scope(), view).stream()
                    .filter(d -> request.unitId() != null
                            && d.unit().id() == request.unitId()
                            && request.criterionCode() != null
                            && d.criterion()
                                    .code()
                                    .equalsIgnoreCase(request.criterionCode().strip()))
                    .findFirst()
                    .orElseThrow(() -> rounds.notFound("discrepancy.notFound"));
            long unit = flag.unit().id();
            long criterion = flag.criterion().id();
            rounds.check(() -> step.round().resolve(step.actor(), unit, criterion, null, null, step.at()));
            Checks.Collector check = rounds.check();
            BigDecimal points = StepInputs.points(check, "points", request.points(), flag.criterion());
            StepInputs.reason(check, "reason", request.reason(), "discrepancy.reason.required");
            StepInputs.version(check, request.version());
            check.throwIfInvalid();
            Rounds.requireVersion(step.round(), request.version());
            String reason = request.reason().strip();
            rounds.record(() -> step.round().resolve(step.actor(), unit, criterion, points, reason, step.at()));
            return results.discrepancies(step.scope(), view).stream()
                    .filter(d -> d.unit().id() == unit && d.criterion().id() == criterion)
                    .findFirst()
                    .orElseThrow();
        });
    }
}
