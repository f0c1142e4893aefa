package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.support.ModuleRecords;
import vn.thidua.support.ModuleTest;
import vn.thidua.support.RegistryAwards;

/**
 * The eligibility engine's use cases with nothing above it: a registry (`org`) and the platform, as its row of the
 * module map says. People are entered with their history and asked about through the public contract's request.
 */
@ModuleTest("rules")
class RulesModuleTest {

    private static final CurrentUser ADMIN = ModuleRecords.ADMIN;

    @Autowired
    ApplicationContext context;

    @Autowired
    ModuleRecords records;

    @Autowired
    SubjectService subjects;

    @Autowired
    EligibilityService eligibility;

    @Autowired
    AwardRecords awardRecords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsWithOnlyTheFeaturesItsRowNames() {
        List<String> features = Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getType(name))
                .filter(Objects::nonNull)
                .map(Class::getName)
                .filter(type -> type.startsWith("vn.thidua.") && !type.startsWith("vn.thidua.support."))
                .map(type -> type.substring("vn.thidua.".length()).replaceFirst("\\..*", ""))
                .distinct()
                .sorted()
                .toList();
        assertThat(features).containsExactly("org", "platform", "rules");
    }

    @Test
    void aPersonEnteredWithTheirHistoryIsAnsweredWithTheLawItRestsOn() {
        SubjectView person = newPerson(
                "Nguyễn Văn Mô-đun",
                new CheckRequest.SubjectFacts(
                        "INDIVIDUAL",
                        List.of(
                                new CheckRequest.RecordFact(2022, "CSTD_CS", null, null, null),
                                new CheckRequest.RecordFact(2023, "CSTD_CS", null, null, null),
                                new CheckRequest.RecordFact(2024, "CSTD_CS", null, null, null)),
                        null,
                        List.of(new CheckRequest.InitiativeFact(2024, "TINH", null)),
                        null,
                        12,
                        null));

        CheckResponse eligible = eligibility.check(ADMIN, new CheckRequest(2024, "CSTD_TINH", null, null, person.id()));
        assertThat(eligible.verdict()).isEqualTo("ELIGIBLE");
        assertThat(eligible.reasons())
                .as("every condition names its source in the law")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.basis()).contains("Điều"));

        CheckResponse tooSoon = eligibility.check(ADMIN, new CheckRequest(2023, "CSTD_TINH", null, null, person.id()));
        assertThat(tooSoon.verdict())
                .as("two years of Chiến sĩ thi đua cơ sở are not the three the title asks")
                .isEqualTo("NOT_ELIGIBLE");
        assertThat(tooSoon.reasons()).anySatisfy(r -> {
            assertThat(r.condition()).contains("liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở");
            assertThat(r.met()).isFalse();
        });
    }

    @Test
    void aTitleIsEnteredOnceAYearWhateverTheDecision() {
        SubjectView person = newPerson("Trần Thị Một Lần", null);

        assertThat(awardRecords.enter(person.id(), title(person, "12/QĐ-UBND")))
                .isEqualTo(AwardRecords.Outcome.ENTERED);
        assertThat(awardRecords.enter(person.id(), title(person, "12/QĐ-UBND")))
                .as("the same decision again")
                .isEqualTo(AwardRecords.Outcome.ALREADY_RECORDED);
        assertThat(awardRecords.enter(person.id(), title(person, "99/QĐ-UBND")))
                .as("a second title of the same year, by another decision")
                .isEqualTo(AwardRecords.Outcome.TITLE_TAKEN);
    }

    @Test
    void aPersonWithoutAUnitOrNameChangesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM subject").query(Long.class).single();
        assertThatThrownBy(() -> subjects.create(
                        ADMIN, new SubjectService.SubjectCommand("INDIVIDUAL", " ", null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .contains("unitId", "fullName"));
        assertThat(jdbc.sql("SELECT count(*) FROM subject").query(Long.class).single())
                .isEqualTo(before);
    }

    /** A person of a unit of its own, with the facts up to 2024. */
    private SubjectView newPerson(String name, CheckRequest.SubjectFacts history) {
        long unit = records.newUnit(records.newAuthority(), "Sở Nội vụ");
        return subjects.create(
                ADMIN, new SubjectService.SubjectCommand("INDIVIDUAL", name, unit, null, null, 2024, history));
    }

    /** Chiến sĩ thi đua cơ sở of 2024 by the given decision, as the registry's import enters it. */
    private static AwardRecords.Entry title(SubjectView person, String decision) {
        return RegistryAwards.of(
                SubjectKind.INDIVIDUAL,
                person.unitId(),
                person.fullName(),
                Award.CSTD_CS,
                CommendationType.THUONG_XUYEN,
                2024,
                decision,
                LocalDate.of(2025, 1, 15));
    }
}
