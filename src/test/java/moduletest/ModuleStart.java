package moduletest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Spring Boot's configuration of a {@code vn.thidua.support.ModuleTest}, with the settings of every feature: the
 * components come from the module map. Outside {@code vn.thidua}, so that the application's own scan, which reads
 * the tests' classes too, never takes it for a configuration of its own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan("vn.thidua")
public class ModuleStart {}
