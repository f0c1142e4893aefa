package vn.thidua.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * PostgreSQL everywhere: an external server when THIDUA_DB_URL is given, otherwise a PostgreSQL
 * started by the application itself whose data survives restarts and which stops with the context.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfig.class);

    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
        Path dataDir = properties.embedded().dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        if (!properties.embedded().cleanOnStart()) {
            OrphanPostgres.stopIfRunning(dataDir);
        }
        long started = System.nanoTime();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("timezone", "Asia/Ho_Chi_Minh");
        if (!properties.embedded().cleanOnStart()) {
            // the library starts PostgreSQL tuned for throwaway test data (-F, no synchronous commit);
            // data kept across restarts must survive a crash
            settings.put("fsync", "on");
            settings.put("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres =
                EmbeddedServer.start(dataDir, properties.embedded().cleanOnStart(), settings);
        log.info(
                "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                postgres.getPort(),
                dataDir,
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    /** The passwords the embedded database was given at its first start (read once it runs: it may have made them). */
    @Bean
    @Conditional(NoExternalDatabase.class)
    EmbeddedCredentials embeddedCredentials(EmbeddedPostgres postgres, DatabaseProperties properties) {
        Path dataDir = properties.embedded().dataDir().toAbsolutePath().normalize();
        return EmbeddedCredentials.read(dataDir)
                .orElseThrow(() -> new IllegalStateException(
                        "No " + EmbeddedCredentials.FILE + " in " + dataDir + " after its PostgreSQL started"));
    }

    /** Closed before the database it watches (it depends on it), so a normal stop is not a death. */
    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedDatabaseWatch embeddedDatabaseWatch(EmbeddedPostgres postgres, DatabaseProperties properties) {
        return new EmbeddedDatabaseWatch(
                properties.embedded().dataDir().toAbsolutePath().normalize());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            DatabaseProperties properties,
            ObjectProvider<EmbeddedPostgres> embedded,
            ObjectProvider<EmbeddedCredentials> credentials) {
        HikariDataSource dataSource = new HikariDataSource();
        if (properties.external()) {
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.user());
            dataSource.setPassword(properties.password());
        } else {
            // the application's own role, never the superuser (EmbeddedServer says why)
            dataSource.setJdbcUrl(embedded.getObject()
                    .getJdbcUrl(EmbeddedCredentials.APPLICATION_ROLE, EmbeddedCredentials.DATABASE));
            dataSource.setUsername(EmbeddedCredentials.APPLICATION_ROLE);
            dataSource.setPassword(credentials.getObject().applicationPassword());
            dataSource.setMaximumPoolSize(10);
        }
        dataSource.setPoolName("thidua");
        // a request waits seconds, not Hikari's 30, for a database that is gone: then the outage page
        dataSource.setConnectionTimeout(properties.connectionTimeout().toMillis());
        dataSource.setValidationTimeout(Math.min(properties.connectionTimeout().toMillis(), 2_000));
        dataSource.addDataSourceProperty(
                "connectTimeout", Math.max(1, properties.connectionTimeout().toSeconds()));
        return dataSource;
    }

    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("thidua.db.url");
            return url == null || url.isBlank();
        }
    }
}
