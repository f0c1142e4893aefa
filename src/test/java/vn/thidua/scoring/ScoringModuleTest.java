package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.cycle.CovenantCommand;
import vn.thidua.cycle.CycleService;
import vn.thidua.cycle.LaunchCommand;
import vn.thidua.cycle.SignCommand;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.domain.Stage;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.ModuleRecords;
import vn.thidua.support.ModuleTest;

/**
 * A bloc year's scoring through its use cases, with the cycle and the registry below it and nothing above (no
 * voting, no proposals, no pages' demo data): the leader launches and opens the inspections, each member signs
 * its covenant and scores itself, the inspectors score whom they were given, and the leader's consolidation ranks
 * the members by the inspections' points.
 */
@ModuleTest("scoring")
class ScoringModuleTest {

    private static final CurrentUser ADMIN = ModuleRecords.ADMIN;

    @Autowired
    ModuleRecords records;

    @Autowired
    TemplateService templates;

    @Autowired
    ScoringService scoring;

    @Autowired
    CycleService cycle;

    @Autowired
    SheetFilling sheets;

    @Autowired
    InspectionAssignment inspections;

    @Autowired
    Consolidation consolidation;

    @Test
    void theLeadersConsolidationRanksTheMembersByTheInspectionsPoints() {
        ModuleRecords.Year year = scoredYear(3);
        CurrentUser leader = year.officer(0);
        cycle.launch(leader, year.id(), new LaunchCommand(LocalDate.of(2025, 2, 1), "Phát động thi đua", null, null));
        List<InspectionPair> pairs =
                inspections.generate(leader, year.id(), new ScoringRequests.RoundStep(version(leader, year)));
        inspections.open(leader, year.id(), new ScoringRequests.RoundStep(version(leader, year)));

        // the members rank themselves 2nd, 1st, 3rd; their inspectors, within the discrepancy allowed (2 points), 1st,
        // 2nd, 3rd: the ranking is the inspectors'
        int[] self = {6, 7, 3};
        int[] inspected = {7, 6, 3};
        for (int i = 0; i < 3; i++) {
            CurrentUser member = year.officer(i);
            long unit = year.unit(i);
            cycle.saveTargets(member, year.id(), unit, new CovenantCommand("Hoàn thành nhiệm vụ"));
            cycle.sign(member, year.id(), unit, new SignCommand("Giám đốc " + i, "Giám đốc"));
            fillAndSubmit(member, year.id(), SheetKind.SELF, unit, self[i]);
        }
        assertThat(pairs).hasSize(3);
        for (InspectionPair pair : pairs) {
            int inspector = year.units().indexOf(pair.inspector());
            int member = year.units().indexOf(pair.inspected());
            fillAndSubmit(
                    year.officer(inspector), year.id(), SheetKind.INSPECTION, pair.inspected(), inspected[member]);
        }

        ResultsView results = consolidation.consolidate(
                leader,
                year.id(),
                new ScoringRequests.Consolidate(
                        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8), version(leader, year)));

        assertThat(results.round().stage()).isEqualTo(Stage.CONSOLIDATED);
        assertThat(results.rows())
                .extracting(r -> r.unit().id())
                .containsExactly(year.unit(0), year.unit(1), year.unit(2));
        assertThat(results.rows()).extracting(r -> r.rank().position()).containsExactly(1, 2, 3);
    }

    @Test
    void aPointOverTheCriterionsMaximumIsRefusedBesideItsLineAndNothingIsSaved() {
        ModuleRecords.Year year = scoredYear(2);
        CurrentUser leader = year.officer(0);
        cycle.launch(leader, year.id(), new LaunchCommand(LocalDate.of(2025, 2, 1), "Phát động thi đua", null, null));
        long unit = year.unit(1);
        SheetView before = scoring.sheet(year.officer(1), year.id(), SheetKind.SELF, unit);

        assertThatThrownBy(() -> sheets.save(
                        year.officer(1),
                        year.id(),
                        SheetKind.SELF,
                        unit,
                        new ScoringRequests.SaveSheet(
                                before.version(),
                                List.of(
                                        new EntryInput("1.1", "8", null, null),
                                        new EntryInput("1.2", "25", null, null)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("entries[1].points"));
        SheetView after = scoring.sheet(year.officer(1), year.id(), SheetKind.SELF, unit);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.lines()).allSatisfy(l -> assertThat(l.points()).isNull());
    }

    private void fillAndSubmit(CurrentUser user, long yearId, SheetKind kind, long unit, int point) {
        List<EntryInput> entries = new ArrayList<>();
        for (String code : List.of("1.1", "1.2", "2.1")) {
            entries.add(new EntryInput(code, String.valueOf(point), null, null));
        }
        long version = scoring.sheet(user, yearId, kind, unit).version();
        SheetView saved = sheets.save(user, yearId, kind, unit, new ScoringRequests.SaveSheet(version, entries));
        sheets.submit(user, yearId, kind, unit, new ScoringRequests.SubmitSheet(saved.version()));
    }

    private long version(CurrentUser user, ModuleRecords.Year year) {
        return scoring.round(user, year.id()).orElseThrow().version();
    }

    /** A bloc year of the registry with the fixture's table of 2025 published and applied. */
    private ModuleRecords.Year scoredYear(int members) {
        ModuleRecords.Year year = records.newYear(members);
        long table = templates
                .publish(
                        ADMIN,
                        templates
                                .create(ADMIN, BlocFixture.table(year.authorityId(), 2025))
                                .id())
                .id();
        scoring.apply(ADMIN, year.id(), table);
        return year;
    }
}
