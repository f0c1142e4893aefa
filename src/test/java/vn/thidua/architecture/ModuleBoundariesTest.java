package vn.thidua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.thidua.archfixture.domain.SpringInDomain;
import vn.thidua.archfixture.intruder.ReachesIntoOrgInternals;
import vn.thidua.org.domain.BlocYearRules;
import vn.thidua.org.internal.UnitStore;

/**
 * The module map (docs/architecture.md): each feature is a package directly under vn.thidua; its
 * {@code internal} (persistence) and {@code web} (controllers) packages are its own; its
 * {@code domain} package is plain Java; features do not depend on each other in a circle; and
 * {@code platform} serves all features without knowing any of them.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "vn.thidua";

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Set<String> features(JavaClasses classes) {
        Set<String> features = new TreeSet<>();
        for (JavaClass c : classes) {
            String rest = c.getPackageName().startsWith(ROOT + ".")
                    ? c.getPackageName().substring(ROOT.length() + 1)
                    : "";
            if (!rest.isEmpty()) {
                features.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        return features;
    }

    static ArchRule internalsStayInsideTheirFeature(Set<String> features) {
        List<ArchRule> rules = features.stream()
                .<ArchRule>map(f -> noClasses()
                        .that()
                        .resideOutsideOfPackage(ROOT + "." + f + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(ROOT + "." + f + ".internal..", ROOT + "." + f + ".web..")
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

    static final ArchRule PLATFORM_KNOWS_NO_FEATURE = noClasses()
            .that()
            .resideInAPackage(ROOT + ".platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".org..", ROOT + ".demo..")
            .as("platform serves the features and knows none of them");

    @Test
    void theFeaturesAreThoseOfTheModuleMap() {
        assertThat(features(APPLICATION))
                .contains(
                        "org",
                        "platform",
                        "demo",
                        "rules",
                        "cycle",
                        "scoring",
                        "documents",
                        "voting",
                        "proposals",
                        "awards",
                        "accounts",
                        "onboarding");
    }

    @Test
    void featureInternalsAreNotUsedByOtherFeatures() {
        internalsStayInsideTheirFeature(features(APPLICATION)).check(APPLICATION);
    }

    @Test
    void domainPackagesArePlainJava() {
        assertThat(APPLICATION.contain(BlocYearRules.class)).isTrue();
        DOMAIN_IS_PLAIN_JAVA.check(APPLICATION);
    }

    @Test
    void platformDependsOnNoFeature() {
        PLATFORM_KNOWS_NO_FEATURE.check(APPLICATION);
    }

    @Test
    void featuresHaveNoDependencyCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(APPLICATION);
    }

    @Test
    void theRulesFailOnABrokenBoundary() {
        JavaClasses broken = new ClassFileImporter()
                .importClasses(ReachesIntoOrgInternals.class, UnitStore.class, SpringInDomain.class);
        assertThatThrownBy(
                        () -> internalsStayInsideTheirFeature(features(broken)).check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesIntoOrgInternals");
        assertThatThrownBy(() -> DOMAIN_IS_PLAIN_JAVA.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SpringInDomain");
    }
}
