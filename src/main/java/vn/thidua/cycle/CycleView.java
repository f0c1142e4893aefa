package vn.thidua.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.org.UnitRef;

/** A bloc year's launch and every member's covenant, signed or not. */
public record CycleView(long blocYearId, Launch launch, List<Covenant> covenants) {

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
