package vn.thidua.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(properties.embedded().cleanOnStart())
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh");
        if (!properties.embedded().cleanOnStart()) {
            // the library starts PostgreSQL tuned for throwaway test data (-F, no synchronous commit);
            // data kept across restarts must survive a crash
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), dataDir,
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    /** Closed before the database it watches (it depends on it), so a normal stop is not a death. */
    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedDatabaseWatch embeddedDatabaseWatch(EmbeddedPostgres postgres, DatabaseProperties properties) {
        return new EmbeddedDatabaseWatch(properties.embedded().dataDir().toAbsolutePath().normalize());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        if (properties.external()) {
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.user());
            dataSource.setPassword(properties.password());
        } else {
            dataSource.setJdbcUrl(embedded.getObject().getJdbcUrl("postgres", "postgres"));
            dataSource.setMaximumPoolSize(10);
        }
        dataSource.setPoolName("thidua");
        // a request waits seconds, not Hikari's 30, for a database that is gone: then the outage page
        dataSource.setConnectionTimeout(properties.connectionTimeout().toMillis());
        dataSource.setValidationTimeout(Math.min(properties.connectionTimeout().toMillis(), 2_000));
        dataSource.addDataSourceProperty("connectTimeout", Math.max(1, properties.connectionTimeout().toSeconds()));
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
