package vn.thidua.platform.db;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.platform.db.EmbeddedCredentials.APPLICATION_ROLE;
import static vn.thidua.platform.db.EmbeddedCredentials.SUPERUSER;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.thidua.ThiDuaApplication;
import vn.thidua.support.ProductionInstance;

/**
 * The embedded PostgreSQL asks every connection for a password, from its first start or, for a
 * directory an earlier release left open, from the first start of this one (its data kept); the
 * application's role owns the schema but installs no untrusted extension, which the superuser,
 * whose password is in the same file, still can.
 */
class EmbeddedPasswordsTest {

    private final Path dir = Path.of("target", "passwords-test").toAbsolutePath();
    private EmbeddedPostgres running;
    private ConfigurableApplicationContext application;

    @Test
    void aNewDatabaseAsksEveryoneForAPasswordAndItsApplicationRoleInstallsNoUntrustedExtension() throws Exception {
        EmbeddedRestore.deleteRecursively(dir);
        Path dataDir = dir.resolve("postgres");
        running = EmbeddedServer.start(dataDir, false, Map.of());
        int port = running.getPort();
        EmbeddedCredentials credentials = EmbeddedCredentials.read(dataDir).orElseThrow();

        assertThat(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedCredentials.FILE)))
                .containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
        assertThat(EmbeddedServer.trusts(dataDir.resolve("pg_hba.conf"))).isFalse();
        refused(port, SUPERUSER, "");
        refused(port, APPLICATION_ROLE, "");
        refused(port, SUPERUSER, "sai-mat-khau");
        refused(port, APPLICATION_ROLE, credentials.superuserPassword());

        try (Connection superuser = connect(port, SUPERUSER, credentials.superuserPassword())) {
            assertThat(text(superuser, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules"))
                    .as("the rules the server reads")
                    .isEqualTo("scram-sha-256");
            assertThat(text(
                            superuser,
                            "SELECT string_agg(DISTINCT left(rolpassword, 14), ',') FROM pg_authid "
                                    + "WHERE rolname IN ('postgres', 'thidua')"))
                    .isEqualTo("SCRAM-SHA-256$");
        }
        try (Connection app = connect(port, APPLICATION_ROLE, credentials.applicationPassword())) {
            assertThat(text(
                            app,
                            "SELECT concat_ws(',', rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls) "
                                    + "FROM pg_roles WHERE rolname = current_user"))
                    .isEqualTo("f,f,f,f,f");
            assertThat(text(app, "SELECT count(*) FROM pg_auth_members WHERE member = current_user::regrole"))
                    .isEqualTo("0");
            assertThat(text(
                            app,
                            "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'pg\\_%' AND rolname <> 'pg_database_owner' "
                                    + "AND pg_has_role(current_user, oid, 'USAGE')"))
                    .as("no predefined role (pg_read_server_files…)")
                    .isEqualTo("0");
            // what the first migration does, and what the application does with what it owns
            execute(
                    app,
                    "CREATE EXTENSION IF NOT EXISTS unaccent",
                    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
                    "CREATE TABLE ballot (id int PRIMARY KEY, choice text)",
                    "INSERT INTO ballot VALUES (1, 'đồng ý')",
                    "ALTER TABLE ballot ADD COLUMN cast_at timestamptz");
            assertThat(text(app, "SELECT unaccent('Đồng ý') || ' ' || similarity('đồng ý', 'dong y')::text"))
                    .startsWith("Dong y ");

            List<String> untrusted = new ArrayList<>();
            try (Statement s = app.createStatement();
                    ResultSet rs = s.executeQuery("""
                    SELECT v.name FROM pg_available_extension_versions v JOIN pg_available_extensions e
                        ON e.name = v.name AND e.default_version = v.version
                     WHERE v.superuser AND NOT v.trusted AND v.requires IS NULL ORDER BY 1""")) {
                while (rs.next()) {
                    untrusted.add(rs.getString(1));
                }
            }
            assertThat(untrusted)
                    .contains(
                            "pg_walinspect",
                            "pageinspect",
                            "pg_visibility",
                            "amcheck",
                            "file_fdw",
                            "dblink",
                            "pg_buffercache",
                            "pg_surgery");
            for (String extension : untrusted) {
                assertThatThrownBy(() -> execute(app, "CREATE EXTENSION \"" + extension + "\""))
                        .as(extension)
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState())
                                        .as(extension + ": " + e.getMessage())
                                        .isEqualTo("42501"));
            }
            assertThatThrownBy(() -> execute(app, "SELECT pg_read_file('postgresql.conf')"))
                    .isInstanceOf(SQLException.class);
        }
        try (Connection superuser = connect(port, SUPERUSER, credentials.superuserPassword())) {
            execute(superuser, "CREATE EXTENSION pg_walinspect");
            assertThat(text(
                            superuser,
                            "SELECT count(*) > 0 FROM pg_get_wal_records_info(pg_current_wal_lsn() - 100000, "
                                    + "pg_current_wal_lsn())"))
                    .as("the database administrator reads the WAL, by design")
                    .isEqualTo("t");
        }

        running.close();
        running = EmbeddedServer.start(dataDir, false, Map.of());
        assertThat(EmbeddedCredentials.read(dataDir))
                .as("the same passwords at the next start")
                .contains(credentials);
        try (Connection app = connect(running.getPort(), APPLICATION_ROLE, credentials.applicationPassword())) {
            assertThat(text(app, "SELECT choice FROM ballot")).isEqualTo("đồng ý");
        }
        running.close();
        running = null;

        Files.move(dataDir.resolve(EmbeddedCredentials.FILE), dir.resolve("lost.properties"));
        assertThatThrownBy(() -> EmbeddedServer.start(dataDir, false, Map.of()))
                .hasMessageContaining("requires passwords but thidua-credentials.properties is missing");
    }

    @Test
    void aDirectoryLeftOpenByAnEarlierReleaseIsClosedAtStartWithItsDataKept() throws Exception {
        EmbeddedRestore.deleteRecursively(dir);
        Path dataDir = dir.resolve("old");
        Files.createDirectories(dataDir);
        // as the releases before passwords made it: initdb's trust, the superuser owning everything, up to V16
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start()) {
            Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .target("16")
                    .load()
                    .migrate();
            try (Connection c = old.getPostgresDatabase().getConnection()) {
                execute(c, Files.readString(Path.of("src/test/resources/db/history/sample-data.sql")));
            }
        }
        assertThat(EmbeddedServer.trusts(dataDir.resolve("pg_hba.conf"))).isTrue();

        int web = ProductionInstance.freePort();
        application = new SpringApplicationBuilder(ThiDuaApplication.class)
                .run(
                        "--server.port=" + web,
                        "--thidua.db.embedded.data-dir=" + dataDir,
                        "--thidua.demo-data=false",
                        "--thidua.security.public-base-url=http://localhost",
                        "--logging.level.root=WARN");
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        EmbeddedCredentials credentials = application.getBean(EmbeddedCredentials.class);
        assertThat(EmbeddedServer.trusts(dataDir.resolve("pg_hba.conf"))).isFalse();
        int port = application.getBean(EmbeddedPostgres.class).getPort();
        refused(port, SUPERUSER, "");
        refused(port, APPLICATION_ROLE, "");
        try (Connection app = connect(port, APPLICATION_ROLE, credentials.applicationPassword())) {
            assertThat(text(
                            app,
                            "SELECT count(*) || ' ' || min(y.bloc_kind) FROM bloc_member m JOIN bloc_year y "
                                    + "ON y.id = m.bloc_year_id"))
                    .as("the data of the earlier release")
                    .isEqualTo("2 CUM");
            assertThat(
                            text(
                                    app,
                                    "SELECT string_agg(username, ',') FROM app_user WHERE council_member_id IS NOT NULL AND enabled"))
                    .as("V17, run by the application's role on the superuser's tables")
                    .isEqualTo("hoidong.mau");
            int newest = 0;
            for (var migration :
                    new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql")) {
                newest = Math.max(
                        newest,
                        Integer.parseInt(migration
                                .getFilename()
                                .substring(1, migration.getFilename().indexOf("__"))));
            }
            assertThat(text(app, "SELECT max(version::int) FROM flyway_schema_history"))
                    .as("every later migration, by the application's role")
                    .isEqualTo(String.valueOf(newest));
            assertThat(text(app, """
                    SELECT coalesce(string_agg(name, ', '), 'none') FROM (
                        SELECT oid::regclass::text AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace
                           AND relowner <> current_user::regrole AND oid NOT IN (SELECT objid FROM pg_depend
                               WHERE deptype = 'e')
                        UNION ALL SELECT oid::regprocedure::text FROM pg_proc
                            WHERE pronamespace = 'public'::regnamespace
                           AND proowner <> current_user::regrole AND oid NOT IN (SELECT objid FROM pg_depend
                               WHERE deptype = 'e')
                        UNION ALL SELECT collname FROM pg_collation WHERE collnamespace = 'public'::regnamespace
                           AND collowner <> current_user::regrole
                        UNION ALL SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace
                           AND typowner <> current_user::regrole AND oid NOT IN (SELECT objid FROM pg_depend
                               WHERE deptype = 'e')
                           AND typtype IN ('e', 'd', 'r', 'c')) o"""))
                    .as("objects of the schema the role does not own")
                    .isEqualTo("none");
            execute(
                    app,
                    "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_truncate",
                    "ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_truncate",
                    "SELECT nextval('audit_event_id_seq')");
        }
    }

    private static void refused(int port, String user, String password) {
        // 28P01: a wrong password; 08004: the server asked for one and none was given
        assertThatThrownBy(() -> connect(port, user, password).close())
                .as("%s with password '%s'", user, password)
                .isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isIn("28P01", "08004"));
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", user, password);
    }

    private static void execute(Connection connection, String... sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        if (running != null) {
            running.close();
        }
    }
}
