package vn.thidua.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import vn.thidua.archfixture.domain.SpringInDomain;
import vn.thidua.archfixture.intruder.ReachesIntoOrgInternals;
import vn.thidua.archfixture.org.ReachesUpIntoScoring;
import vn.thidua.archfixture.platform.KnowsAFeature;
import vn.thidua.archfixture.scoring.ScoredRound;
import vn.thidua.org.domain.BlocYearRules;
import vn.thidua.org.internal.UnitStore;

/**
 * The module map (docs/architecture.md): each feature is a package directly under vn.thidua and
 * depends only on the features its row of the "may use" table lists, read from the document itself;
 * its {@code internal} (persistence) and {@code web} (controllers) packages are its own; its
 * {@code domain} package is plain Java; and features do not depend on each other in a circle. Each
 * rule is also shown failing on a deliberately broken fixture (vn.thidua.archfixture), so that no
 * rule checks nothing.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "vn.thidua";
    private static final String FIXTURE = "vn.thidua.archfixture";

    /** The application's classes, imported once for every architecture test of this package (it takes seconds). */
    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final ModuleMap MAP = ModuleMap.ofTheDocument();

    /** The packages directly under {@code root} that hold classes (a class of the root package itself is none). */
    static Set<String> features(JavaClasses classes, String root) {
        Set<String> features = new TreeSet<>();
        for (JavaClass c : classes) {
            String rest = c.getPackageName().startsWith(root + ".")
                    ? c.getPackageName().substring(root.length() + 1)
                    : "";
            if (!rest.isEmpty()) {
                features.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        return features;
    }

    /** One rule a row: the features under {@code root} that the map names use only what their row lists. */
    static ArchRule featuresUseOnlyWhatTheMapAllows(ModuleMap map, Set<String> present, String root) {
        List<ArchRule> rules = map.features().stream()
                .filter(present::contains)
                .filter(f -> !map.forbiddenTo(f).isEmpty())
                .<ArchRule>map(f -> noClasses()
                        .that()
                        .resideInAPackage(root + "." + f + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(map.forbiddenTo(f).stream()
                                .map(other -> root + "." + other + "..")
                                .toArray(String[]::new))
                        .as("feature '" + f + "' uses only " + map.mayUse().get(f) + " (docs/architecture.md)"))
                .toList();
        return CompositeArchRule.of(rules);
    }

    static ArchRule internalsStayInsideTheirFeature(Set<String> features) {
        List<ArchRule> rules = features.stream()
                .<ArchRule>map(f -> noClasses()
                        .that()
                        .resideOutsideOfPackage(ROOT + "." + f + "..")
                        .should()
                        .dependOnClassesThat(
                                resideInAnyPackage(ROOT + "." + f + ".internal..", ROOT + "." + f + ".web.."))
                        .as("only feature '" + f + "' uses its internal and web packages"))
                .toList();
        return CompositeArchRule.of(rules);
    }

    static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that()
            .resideInAPackage(ROOT + "..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", ROOT + ".platform..")
            .as("domain packages are plain Java: no Spring, no persistence, no web");

    /** NullAway checks only packages marked {@code @NullMarked} (pom.xml), so each domain package is. */
    static final ArchRule DOMAIN_IS_NULL_MARKED = classes()
            .that()
            .resideInAPackage(ROOT + "..domain..")
            .should(new ArchCondition<JavaClass>("reside in a package marked @NullMarked") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    if (!item.getPackage().isAnnotatedWith(NullMarked.class)) {
                        events.add(SimpleConditionEvent.violated(
                                item, item.getName() + " is in a package without @NullMarked (package-info.java)"));
                    }
                }
            })
            .as("domain packages are null-marked: NullAway checks them");

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void theFeaturesAreThoseOfTheModuleMap() {
        assertThat(MAP.features())
                .as("the rows of docs/architecture.md")
                .contains("platform", "org", "rules", "documents", "reports", "proposals")
                .hasSizeGreaterThan(10);
        assertThat(MAP.mayUse().get("platform")).as("nothing of the features").isEmpty();
        assertThat(features(APPLICATION, ROOT)).containsExactlyInAnyOrderElementsOf(MAP.features());
    }

    @Test
    void eachFeatureUsesOnlyTheFeaturesItsRowLists() {
        featuresUseOnlyWhatTheMapAllows(MAP, features(APPLICATION, ROOT), ROOT).check(APPLICATION);
    }

    @Test
    void featureInternalsAreNotUsedByOtherFeatures() {
        internalsStayInsideTheirFeature(features(APPLICATION, ROOT)).check(APPLICATION);
    }

    @Test
    void domainPackagesArePlainJava() {
        assertThat(APPLICATION.contain(BlocYearRules.class)).isTrue();
        DOMAIN_IS_PLAIN_JAVA.check(APPLICATION);
    }

    @Test
    void domainPackagesAreCheckedByNullAway() {
        assertThat(APPLICATION.contain(BlocYearRules.class)).isTrue();
        DOMAIN_IS_NULL_MARKED.check(APPLICATION);
    }

    @Test
    void featuresHaveNoDependencyCycles() {
        noCycles(ROOT).check(APPLICATION);
    }

    @Test
    void theRulesFailOnABrokenBoundary() {
        JavaClasses broken = new ClassFileImporter()
                .importClasses(
                        ReachesIntoOrgInternals.class,
                        UnitStore.class,
                        SpringInDomain.class,
                        ReachesUpIntoScoring.class,
                        ScoredRound.class,
                        KnowsAFeature.class);
        assertThatThrownBy(() ->
                        internalsStayInsideTheirFeature(features(broken, ROOT)).check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesIntoOrgInternals");
        assertThatThrownBy(() -> DOMAIN_IS_PLAIN_JAVA.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SpringInDomain");
        assertThatThrownBy(() -> DOMAIN_IS_NULL_MARKED.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SpringInDomain is in a package without @NullMarked");
        // the fixture's packages are named after features, so the real map judges them
        assertThatThrownBy(() -> featuresUseOnlyWhatTheMapAllows(MAP, features(broken, FIXTURE), FIXTURE)
                        .check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("feature 'org' uses only [platform]")
                .hasMessageContaining("ReachesUpIntoScoring")
                .hasMessageContaining("feature 'platform' uses only []")
                .hasMessageContaining("KnowsAFeature")
                .hasMessageNotContaining("<vn.thidua.archfixture.scoring.ScoredRound.members");
        assertThatThrownBy(() -> noCycles(FIXTURE).check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void theMapIsReadFromItsTableWithTheWordsAroundTheNames() {
        ModuleMap map = ModuleMap.parse("""
                | package | owns | may use |
                |---|---|---|
                | `vn.thidua.platform` | the database (`platform.jobs`) | nothing of the features |
                | `vn.thidua.org` | the registry | `platform` |
                | `vn.thidua.voting` | votes | `org` (who sits on a committee), `platform` |
                """);
        assertThat(map.mayUse())
                .containsOnlyKeys("platform", "org", "voting")
                .containsEntry("platform", Set.of())
                .containsEntry("voting", Set.of("org", "platform"));
        assertThat(map.forbiddenTo("org")).containsExactly("voting");
        assertThatThrownBy(() -> ModuleMap.parse("| `vn.thidua.org` | the registry | `platfrom` |"))
                .hasMessageContaining("names platfrom, which has no row");
    }
}
