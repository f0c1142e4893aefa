package vn.thidua.scoring;

import java.util.List;
import vn.thidua.org.UnitRef;

/** Each member's step in the year, so that the leader sees at a glance who is late. */
public record ProgressView(boolean launched, RoundView round, List<Member> members) {

    public enum Step {
        NOT_STARTED,
        DRAFT,
        DONE
    }

    public record Member(
            UnitRef unit,
            Step covenant,
            Step selfScore,
            UnitRef inspector,
            Step inspected,
            UnitRef inspects,
            long openObjections,
            long answeredObjections) {}
}
