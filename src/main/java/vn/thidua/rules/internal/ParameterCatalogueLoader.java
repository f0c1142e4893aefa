package vn.thidua.rules.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.rules.ParameterService;

/** At start-up, adds the national parameters a new release brings; edited rows stay as they are. */
@Component
@Order(5)
class ParameterCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ParameterCatalogueLoader.class);

    private final ParameterService parameters;

    ParameterCatalogueLoader(ParameterService parameters) {
        this.parameters = parameters;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = parameters.loadCatalogue();
        if (added > 0) {
            log.info("{} legal parameters added from the catalogue", added);
        }
    }
}
