package vn.thidua.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.org.UnitRef;

/** A bloc year's launch, every member's covenant, signed or not, and whether the year was entered afterwards. */
public record CycleView(long blocYearId, Launch launch, List<Covenant> covenants, AfterwardsView afterwards) {

    public record Launch(LocalDate launchedOn, String text, List<String> movements, String launchedBy, long version) {}

    public record Covenant(
            UnitRef unit, String targets, String signerName, String signerPosition, Instant signedAt, Long version) {

        public boolean signed() {
            return signedAt != null;
        }

        public boolean registered() {
            return targets != null;
        }
    }

    /** A past year entered afterwards (nhập bổ sung): its windows are over at once. */
    public boolean enteredAfterwards() {
        return afterwards != null;
    }

    public boolean launched() {
        return launch != null;
    }

    public List<UnitRef> unsigned() {
        return covenants.stream().filter(c -> !c.signed()).map(Covenant::unit).toList();
    }

    public Covenant covenantOf(long unitId) {
        return covenants.stream()
                .filter(c -> c.unit().id() == unitId)
                .findFirst()
                .orElse(null);
    }
}
