package vn.thidua.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database built by any build of main since the first (the migrations each shipped, kept in
 * {@code src/test/resources/db/history}), with a little data in it, is upgraded by this build:
 * Flyway accepts it, its schema is then the schema of a new database, and its data is still there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationUpgradeTest {

    private static final Path CURRENT = Path.of("src/main/resources/db/migration");
    private static final Path HISTORY = Path.of("src/test/resources/db/history");

    private EmbeddedPostgres server;
    private TreeSet<String> freshSchema;

    record Build(String commit, List<String> files) {
        @Override
        public String toString() {
            return commit;
        }
    }

    @BeforeAll
    void startServerAndBuildANewDatabase() throws Exception {
        server = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
        DataSource fresh = database("fresh");
        upgrade(fresh);
        freshSchema = schema(fresh);
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    static Stream<Build> builds() throws IOException {
        return Files.readAllLines(HISTORY.resolve("builds.tsv")).stream()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> new Build(f[0], List.of(f).subList(1, f.length)));
    }

    @ParameterizedTest(name = "built by {0}")
    @MethodSource("builds")
    void upgradesADatabaseBuiltByAnEarlierBuild(Build build) throws Exception {
        Path migrations = Files.createTempDirectory("thidua-migrations-" + build.commit());
        for (String file : build.files()) {
            String[] nameAndSha = file.split(":");
            Path current = CURRENT.resolve(nameAndSha[0]);
            Path source = Files.exists(current) && sha256(current).startsWith(nameAndSha[1])
                    ? current
                    : HISTORY.resolve(nameAndSha[0] + "." + nameAndSha[1]);
            Files.copy(source, migrations.resolve(nameAndSha[0]));
        }
        DataSource old = database("built_by_" + build.commit());
        Flyway.configure()
                .dataSource(old)
                .locations("filesystem:" + migrations)
                .load()
                .migrate();
        execute(old, Files.readString(HISTORY.resolve("sample-data.sql")));

        upgrade(old);

        assertThat(schema(old)).as("the schema of a new database").isEqualTo(freshSchema);
        assertThat(Flyway.configure().dataSource(old).load().validateWithResult().validationSuccessful)
                .isTrue();
        assertThat(
                        query(
                                old,
                                "SELECT count(*) || ' ' || min(y.bloc_kind) FROM bloc_member m JOIN bloc_year y ON y.id = m.bloc_year_id"))
                .as("the members of the bloc year, tied to its kind")
                .isEqualTo("2 CUM");
        assertThat(
                        query(
                                old,
                                "SELECT string_agg(username, ',') FROM app_user WHERE council_member_id IS NOT NULL AND enabled"))
                .as("one enabled account per council member: the oldest")
                .isEqualTo("hoidong.mau");
    }

    /** What the application does at start (MigrationConfig): bridges, preparations, then Flyway. */
    private static void upgrade(DataSource dataSource) {
        MigrationLineage.load()
                .migrate(Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load());
    }

    private DataSource database(String name) throws Exception {
        execute(server.getPostgresDatabase(), "CREATE DATABASE " + name);
        return new SimpleDriverDataSource(
                new Driver(), "jdbc:postgresql://localhost:" + server.getPort() + "/" + name, "postgres", "");
    }

    /** Tables, columns, constraints, indexes, functions, collations, triggers and sequences, as text. */
    private static TreeSet<String> schema(DataSource dataSource) throws Exception {
        String sql = """
                SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '
                       || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' '
                       || coalesce(column_default, '') || ' ' || coalesce(generation_expression, '') || ' '
                           || is_identity
                  FROM information_schema.columns WHERE table_schema = 'public'
                UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' '
                    || pg_get_constraintdef(oid)
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
                UNION ALL SELECT 'function ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
                UNION ALL SELECT 'collation ' || collname FROM pg_collation WHERE collnamespace = 'public'::regnamespace
                UNION ALL SELECT 'trigger ' || tgname || ' ' || tgrelid::regclass FROM pg_trigger WHERE NOT tgisinternal
                UNION ALL SELECT 'sequence ' || sequence_name FROM information_schema.sequences
                    WHERE sequence_schema = 'public'
                """;
        TreeSet<String> schema = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                schema.add(rs.getString(1));
            }
        }
        return schema;
    }

    private static String query(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
