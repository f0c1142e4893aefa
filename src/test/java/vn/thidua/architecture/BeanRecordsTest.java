package vn.thidua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A bean that needs no proxy is a record of its collaborators (docs/architecture.md, "Decisions"). A record is
 * final and cannot be proxied: a transaction asked of one, or a repository's exception translation, would fail the
 * start-up with a message about CGLIB; this says which class and what to do. (A public record's accessors hand
 * out its collaborators, an {@code internal} store too: ModuleBoundariesTest refuses any other feature's use.)
 */
class BeanRecordsTest {

    private static final JavaClasses APPLICATION = ModuleBoundariesTest.APPLICATION;

    private static final DescribedPredicate<JavaClass> BEAN_RECORDS =
            DescribedPredicate.describe("bean records", c -> c.isRecord() && c.isMetaAnnotatedWith(Component.class));

    /** What makes Spring wrap a bean in a subclass: on the class, or (the first three) on one of its methods. */
    private static final List<Class<? extends Annotation>> PROXIED_BY =
            List.of(Transactional.class, Async.class, Validated.class, Repository.class);

    static final ArchRule NOT_PROXIED = classes()
            .that(BEAN_RECORDS)
            .should(new ArchCondition<>("need no proxy (no @Transactional, @Async or @Validated, not a @Repository)") {
                @Override
                public void check(JavaClass record, ConditionEvents events) {
                    boolean proxied = PROXIED_BY.stream()
                            .anyMatch(a -> record.isMetaAnnotatedWith(a)
                                    || record.getMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(a)));
                    if (proxied) {
                        events.add(SimpleConditionEvent.violated(
                                record, record.getName() + " is a record but needs a proxy: make it a class"));
                    }
                }
            });

    @Test
    void beanRecordsNeedNoProxy() {
        NOT_PROXIED.check(APPLICATION);
    }

    @Test
    void theRuleFailsOnAProxiedRecord() throws ClassNotFoundException {
        JavaClasses broken = new ClassFileImporter()
                .importClasses(List.of(
                        Class.forName("archfixture.beans.ProxiedRecord"),
                        Class.forName("archfixture.beans.PlainRecord")));
        assertThatThrownBy(() -> NOT_PROXIED.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ProxiedRecord is a record but needs a proxy")
                .hasMessageNotContaining("PlainRecord");
    }
}
