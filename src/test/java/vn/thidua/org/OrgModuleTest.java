package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.support.ModuleRecords;
import vn.thidua.support.ModuleTest;

/** The registry's use cases on the platform alone, as its row of the module map says. */
@ModuleTest("org")
class OrgModuleTest {

    @Autowired
    ModuleRecords records;

    @Autowired
    BlocService blocs;

    /** Ids that are no unit's (0, a negative one, none at all) are refused beside the members, not answered 500. */
    @Test
    void aBlocYearsMembersThatAreNoUnitsAreRefusedAndChangeNothing() {
        ModuleRecords.Year year = records.newYear(3);
        for (Long notAUnit : new Long[] {0L, -5L, null}) {
            List<Long> members = Arrays.asList(year.unit(0), year.unit(1), notAUnit);
            assertThatThrownBy(() -> blocs.updateYear(
                            ModuleRecords.ADMIN,
                            year.blocId(),
                            year.year(),
                            new BlocYearCommand(year.year(), members, year.unit(0), year.unit(1))))
                    .as("member id %s", notAUnit)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.field())
                                    .contains("memberUnitIds"));
        }
        assertThat(blocs.year(ModuleRecords.ADMIN, year.blocId(), year.year()).members())
                .extracting(UnitRef::id)
                .containsExactlyElementsOf(year.units());
    }
}
