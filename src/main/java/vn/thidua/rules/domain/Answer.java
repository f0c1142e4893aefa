package vn.thidua.rules.domain;

import java.util.Collections;
import java.util.List;

/** The engine's answer: the verdict, the regime that gave it, and every condition evaluated. */
public record Answer(Verdict verdict, Regime regime, List<Reason> reasons) {

    public Answer {
        // the evaluation hands over its own list and never touches it again: wrap, do not copy
        reasons = Collections.unmodifiableList(reasons);
    }

    /**
     * Not eligible when a verified fact fails; needs a person's check when a fact is missing or a
     * deciding rule is unverified; otherwise eligible. Judgements never change the verdict.
     */
    static Answer of(Regime regime, List<Reason> reasons) {
        boolean uncertain = false;
        boolean failedUnverified = false;
        for (Reason r : reasons) {
            if (r.kind() == Reason.Kind.JUDGEMENT) {
                continue;
            }
            if (Boolean.FALSE.equals(r.met())) {
                if (r.verified()) {
                    return new Answer(Verdict.NOT_ELIGIBLE, regime, reasons);
                }
                failedUnverified = true;
            } else if (r.met() == null || !r.verified()) {
                uncertain = true;
            }
        }
        return new Answer(uncertain || failedUnverified ? Verdict.NEEDS_CHECK : Verdict.ELIGIBLE, regime, reasons);
    }
}
