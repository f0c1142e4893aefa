package vn.thidua.rules;

import java.util.List;
import vn.thidua.rules.domain.Answer;

/** The 200 answer of the contract: verdict, regime, every condition evaluated. */
public record CheckResponse(String verdict, String regime, List<ReasonFact> reasons) {

    public record ReasonFact(String condition, Boolean met, String basis, String kind, boolean verified) {}

    public static CheckResponse of(Answer answer) {
        return new CheckResponse(
                answer.verdict().name(),
                answer.regime().description(),
                answer.reasons().stream()
                        .map(r -> new ReasonFact(
                                r.condition(), r.met(), r.basis(), r.kind().name(), r.verified()))
                        .toList());
    }
}
