package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.TestPropertySourceUtils;
import vn.thidua.architecture.ModuleMap;

/**
 * One feature started with only the features its row of docs/architecture.md lets it use (directly or through
 * another), on a PostgreSQL of its own, without demo data: its use cases tested through its services, the records
 * they need made through the services of the features below. None of the features above it is there, so a bean
 * it would need from one its row does not name fails the start-up: the table is held at run time too. Every test
 * class of a feature shares its one context and database: a class that changed the configuration (a
 * {@code @MockitoBean}, its own properties) would ask for a second context on the same directory, and fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = moduletest.ModuleStart.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@Import({TestClock.Config.class, ModuleRecords.class})
public @interface ModuleTest {

    /** The feature, as named in the module map (`rules`, `voting`…). */
    String value();

    /** Scans the feature's packages and those it uses; one context (and one database) per feature. */
    class Features implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            ModuleTest test = TestContextAnnotationUtils.findMergedAnnotation(testClass, ModuleTest.class);
            return test == null
                    ? null
                    : new Scan(test.value(), ModuleMap.ofTheDocument().withWhatItUses(test.value()));
        }
    }

    record Scan(String feature, Set<String> features) implements ContextCustomizer {

        private static boolean isMain(Resource resource) {
            try {
                return !resource.getURL().toString().contains("/test-classes/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            GenericApplicationContext registry = (GenericApplicationContext) context;
            ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(registry);
            // the application's classes only: the tests' own controllers and fixtures share the packages
            scanner.addExcludeFilter((reader, factory) -> !isMain(reader.getResource()));
            scanner.scan(features.stream().map(f -> "vn.thidua." + f).toArray(String[]::new));
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                    context, "thidua.db.embedded.data-dir=target/module-postgres/" + feature, "thidua.demo-data=false");
        }
    }
}
