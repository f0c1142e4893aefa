package vn.thidua.platform.db;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Superseded migrations bridged and earlier databases prepared first, then Flyway as usual (validate, migrate). */
@Configuration(proxyBeanMethods = false)
class MigrationConfig {

    @Bean
    FlywayMigrationStrategy lineageThenMigrate() {
        MigrationLineage lineage = MigrationLineage.load();
        return lineage::migrate;
    }
}
