package vn.thidua.platform.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every content each migration has had ({@code db/lineage/manifest.tsv}). Some migrations were
 * edited after databases had been built with them; Flyway then refuses those databases (checksum
 * mismatch). Before Flyway validates, a database whose history holds a superseded content of a
 * migration is brought to the current content by that version's bridge ({@code db/lineage/V<n>.sql},
 * idempotent) and its recorded checksum updated, in one transaction. A checksum no release ever had
 * stops the start: the schema was changed by hand or by a build that never landed.
 */
public final class MigrationLineage {

    public static final String MANIFEST = "db/lineage/manifest.tsv";
    private static final Logger log = LoggerFactory.getLogger(MigrationLineage.class);
    /** Serialises two instances starting together on an old database. */
    private static final long LOCK = 0x74686964_75610001L;

    public enum State {
        CURRENT,
        SUPERSEDED
    }

    public record Entry(String file, String sha256, int checksum, String commit, State state) {

        public String version() {
            return file.substring(1, file.indexOf("__"));
        }
    }

    private final List<Entry> entries;

    private MigrationLineage(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static MigrationLineage load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = resource(MANIFEST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                entries.add(new Entry(f[0], f[1], Integer.parseInt(f[2]), f[3], State.valueOf(f[4].toUpperCase())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MigrationLineage(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Flyway's checksum of a SQL migration: CRC-32 of its lines' UTF-8 bytes, without line ends or BOM. */
    public static int flywayChecksum(InputStream sql) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(sql, StandardCharsets.UTF_8));
        boolean first = true;
        for (String line; (line = reader.readLine()) != null; first = false) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    /**
     * Migrations that a database built by an earlier release may not pass as they landed, each with
     * the statements that prepare such a database for it ({@code db/lineage/before-V<n>.sql}): V10
     * creates the index of one enabled account per council member, which earlier builds allowed to
     * have several.
     */
    private static final List<String> PREPARED = List.of("10");

    /**
     * What the application does at start: superseded migrations bridged, every pending migration that
     * needs it prepared for (the database first migrated up to the one before it), then Flyway.
     */
    public void migrate(Flyway flyway) {
        bridge(flyway.getConfiguration().getDataSource());
        for (String version : PREPARED) {
            prepare(flyway, version);
        }
        flyway.migrate();
    }

    private static void prepare(Flyway flyway, String version) {
        var info = flyway.info();
        if (info.applied().length == 0) {
            // a new database holds nothing a migration could trip on
            return;
        }
        MigrationInfo[] pending = info.pending();
        for (int i = 0; i < pending.length; i++) {
            if (pending[i].getVersion() != null
                    && pending[i].getVersion().getVersion().equals(version)) {
                if (i > 0) {
                    Flyway.configure()
                            .configuration(flyway.getConfiguration())
                            .target(pending[i - 1].getVersion())
                            .load()
                            .migrate();
                }
                try (Connection connection =
                                flyway.getConfiguration().getDataSource().getConnection();
                        Statement statement = connection.createStatement();
                        InputStream in = resource("db/lineage/before-V" + version + ".sql")) {
                    int changed = statement.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    log.warn(
                            "Prepared the database for V{}: {} row(s) changed (db/lineage/before-V{}.sql)",
                            version,
                            changed,
                            version);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not prepare the database for migration V" + version, e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
        }
    }

    /** Brings the database's superseded migrations to their current content; nothing on a new database. */
    public void bridge(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasHistory(connection)) {
                return;
            }
            connection.setAutoCommit(false);
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            }
            for (Map.Entry<String, Integer> applied : applied(connection).entrySet()) {
                bridge(connection, applied.getKey(), applied.getValue());
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bring the database's migrations to their current content", e);
        }
    }

    private void bridge(Connection connection, String version, int checksum) throws SQLException {
        Entry current = entries.stream()
                .filter(e -> e.state() == State.CURRENT && e.version().equals(version))
                .findFirst()
                .orElse(null);
        if (current == null || current.checksum() == checksum) {
            // a version this build does not know is a newer release's: Flyway says so
            return;
        }
        Entry superseded = entries.stream()
                .filter(e -> e.version().equals(version) && e.checksum() == checksum)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Migration V" + version
                        + " of this database has checksum " + checksum + ", which no release of Thi đua shipped: "
                        + "its schema was changed by hand or by a build that was never released. Restore a backup "
                        + "or compare the schema with " + current.file() + " before starting."));
        log.warn(
                "The database was built with {} as of commit {}; bringing it to the current content",
                current.file(),
                superseded.commit());
        try (Statement statement = connection.createStatement();
                InputStream in = resource("db/lineage/V" + version + ".sql")) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            statement.executeUpdate("UPDATE flyway_schema_history SET checksum = " + current.checksum()
                    + " WHERE version = '" + version + "'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static Map<String, Integer> applied(Connection connection) throws SQLException {
        Map<String, Integer> applied = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT version, checksum FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                                + "AND checksum IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                applied.put(rs.getString(1), rs.getInt(2));
            }
        }
        return applied;
    }

    private static InputStream resource(String path) {
        InputStream in = MigrationLineage.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }
}
