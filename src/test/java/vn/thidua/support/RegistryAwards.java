package vn.thidua.support;

import java.time.LocalDate;
import vn.thidua.awards.NewAward;
import vn.thidua.org.UnitId;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/**
 * Awards for a test to enter in the registry: one year's award of a person or a collective of a unit, by a decision of
 * a given number and day, entered from the source "test" with nothing else filled in.
 */
public final class RegistryAwards {

    private RegistryAwards() {}

    /** The award of a subject of that kind, for that year alone. */
    public static NewAward of(
            SubjectKind kind,
            long unit,
            String name,
            Award award,
            CommendationType type,
            int year,
            String decision,
            LocalDate decidedOn) {
        return new NewAward(
                null,
                kind,
                new UnitId(unit),
                name,
                null,
                award,
                null,
                year,
                year,
                year,
                type,
                decision,
                decidedOn,
                null,
                null,
                null,
                "test",
                null,
                null);
    }
}
