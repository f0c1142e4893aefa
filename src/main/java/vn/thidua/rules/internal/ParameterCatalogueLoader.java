package vn.thidua.rules.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.rules.ParameterService;

/** At start-up, brings the national parameters to the release's catalogue; edited rows stay as they are. */
@Component
@Order(5)
record ParameterCatalogueLoader(ParameterService parameters) implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ParameterCatalogueLoader.class);

    @Override
    public void run(ApplicationArguments args) {
        var sync = parameters.loadCatalogue();
        if (sync.added() + sync.updated() + sync.retired() > 0) {
            log.info(
                    "Legal parameters from the catalogue: {} added, {} corrected, {} no longer in force removed",
                    sync.added(),
                    sync.updated(),
                    sync.retired());
        }
        if (!sync.keptEdited().isEmpty()) {
            log.warn(
                    "Legal parameters edited by a board and no longer in the catalogue, kept as they are: {}",
                    sync.keptEdited());
        }
    }
}
