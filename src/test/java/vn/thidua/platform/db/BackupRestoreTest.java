package vn.thidua.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code backup} taken while the database is written to, then the data changed, then
 * {@code restore} into an empty directory: the restored database holds the data of the backup,
 * consistent (every row committed before the backup began, none of the later changes), and asks
 * for the passwords it had. A damaged archive restores nothing.
 */
class BackupRestoreTest {

    private final Path dir = Path.of("target", "backup-test").toAbsolutePath();
    private EmbeddedPostgres running;

    @Test
    void restoresTheDataOfAnOnlineBackupAndRefusesADamagedArchive() throws Exception {
        EmbeddedRestore.deleteRecursively(dir);
        Path dataDir = dir.resolve("postgres");
        Files.createDirectories(dataDir);
        running = EmbeddedServer.start(dataDir, false, Map.of());
        EmbeddedCredentials credentials = EmbeddedCredentials.read(dataDir).orElseThrow();
        execute(
                running,
                "CREATE TABLE award (id int PRIMARY KEY, name text NOT NULL)",
                "INSERT INTO award SELECT g, 'Bằng khen số ' || g FROM generate_series(1, 50000) g");

        // a writer keeps committing while the backup copies the files
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger(50_000);
        Thread writer = new Thread(() -> {
            try (Connection c = running.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                while (writing.get()) {
                    s.execute("INSERT INTO award VALUES (" + written.incrementAndGet() + ", 'Giấy khen')");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Thread.sleep(200);
        int committedBefore = written.get() - 1;
        Path archive = dir.resolve("thidua.tar.gz");
        assertThat(BackupCommand.run("backup", archive.toString(), "--thidua.db.embedded.data-dir=" + dataDir))
                .isZero();
        writing.set(false);
        writer.join();
        int committedAfter = written.get();
        assertThat(Files.readString(dir.resolve("thidua.tar.gz.sha256"))).contains("thidua.tar.gz");

        execute(running, "DELETE FROM award WHERE id <= 1000", "UPDATE award SET name = 'đã sửa sau sao lưu'");
        running.close();
        running = null;

        Path restored = dir.resolve("restored");
        assertThat(BackupCommand.run("restore", archive.toString(), "--thidua.db.embedded.data-dir=" + restored))
                .isZero();
        assertThat(EmbeddedCredentials.read(restored))
                .as("the passwords come back with the data")
                .contains(credentials);
        assertThat(Files.getPosixFilePermissions(restored.resolve(EmbeddedCredentials.FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(restored.resolve("pg_hba.conf"))).isEqualTo(EmbeddedServer.HBA);
        running = EmbeddedServer.start(restored, false, Map.of());
        assertThatThrownBy(() -> DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + running.getPort() + "/postgres", "postgres", ""))
                .as("the restored database asks for the password")
                .isInstanceOf(SQLException.class);
        try (Connection app = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + running.getPort() + "/postgres",
                EmbeddedCredentials.APPLICATION_ROLE,
                credentials.applicationPassword())) {
            assertThat(app.isValid(1)).isTrue();
        }
        assertThat(query(running, "SELECT count(*) FROM award WHERE id <= 1000"))
                .as("rows deleted after the backup")
                .isEqualTo(1000);
        assertThat(query(running, "SELECT count(*) FROM award WHERE name = 'đã sửa sau sao lưu'"))
                .isZero();
        int rows = query(running, "SELECT count(*) FROM award");
        assertThat(rows)
                .as("every row committed before the backup began, none after it ended")
                .isGreaterThanOrEqualTo(committedBefore)
                .isLessThanOrEqualTo(committedAfter);
        assertThat(query(running, "SELECT max(id) FROM award"))
                .as("no gap: a consistent state")
                .isEqualTo(rows);
        running.close();
        running = null;

        assertThat(BackupCommand.run("restore", archive.toString(), "--thidua.db.embedded.data-dir=" + restored))
                .as("never over a directory in use")
                .isEqualTo(1);

        // one bit changed anywhere (a file's data, the tar's headers or padding, gzip's trailer): the archive's
        // SHA-256 beside it refuses it. Without it, gzip's CRC-32 and the files' checksums catch what changes the
        // content, and the trailer always; a bit of a back-reference's distance within a run of zeros (empty pages)
        // may decompress to the very same bytes, so the content checks alone cannot be asked to refuse every bit.
        byte[] original = Files.readAllBytes(archive);
        String sum =
                Files.readString(dir.resolve("thidua.tar.gz.sha256")).trim().split("\\s+")[0];
        for (int position : new int[] {
            original.length / 3, original.length / 2, original.length - 12, original.length - 6, original.length - 3
        }) {
            byte[] damaged = original.clone();
            damaged[position] ^= 0x01;
            Path bad = dir.resolve("damaged.tar.gz");
            Files.write(bad, damaged);
            Path sidecar = dir.resolve("damaged.tar.gz.sha256");
            Files.writeString(sidecar, sum + "  damaged.tar.gz\n");
            Path nowhere = dir.resolve("from-damaged");
            assertThat(BackupCommand.run("restore", bad.toString(), "--thidua.db.embedded.data-dir=" + nowhere))
                    .as("a bit changed at byte %d of %d, the archive's SHA-256 beside it", position, original.length)
                    .isEqualTo(1);
            assertThat(nowhere).doesNotExist();
            Files.delete(sidecar);
            if (position >= original.length - 8) {
                assertThat(BackupCommand.run("restore", bad.toString(), "--thidua.db.embedded.data-dir=" + nowhere))
                        .as(
                                "a bit of gzip's trailer changed at byte %d of %d, no SHA-256 beside",
                                position, original.length)
                        .isEqualTo(1);
                assertThat(nowhere).doesNotExist();
            }
        }
    }

    @Test
    void aBackupOfAnEarlierReleaseWithoutPasswordsIsRestoredAskingForThem() throws Exception {
        Path work = dir.resolve("before-passwords");
        EmbeddedRestore.deleteRecursively(work);
        Path dataDir = work.resolve("postgres");
        Files.createDirectories(dataDir);
        // the releases before passwords: initdb's trust, the superuser with none
        running = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start();
        execute(running, "CREATE TABLE award (id int PRIMARY KEY)", "INSERT INTO award SELECT generate_series(1, 10)");
        Path archive = work.resolve("old.tar.gz");
        assertThat(BackupCommand.run("backup", archive.toString(), "--thidua.db.embedded.data-dir=" + dataDir))
                .isZero();
        running.close();
        running = null;

        Path restored = work.resolve("restored");
        assertThat(BackupCommand.run("restore", archive.toString(), "--thidua.db.embedded.data-dir=" + restored))
                .isZero();
        EmbeddedCredentials credentials = EmbeddedCredentials.read(restored).orElseThrow();
        assertThat(Files.readString(restored.resolve("pg_hba.conf"))).isEqualTo(EmbeddedServer.HBA);
        running = EmbeddedServer.start(restored, false, Map.of());
        assertThatThrownBy(() -> DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + running.getPort() + "/postgres", "postgres", ""))
                .isInstanceOf(SQLException.class);
        try (Connection app = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + running.getPort() + "/postgres",
                        EmbeddedCredentials.APPLICATION_ROLE,
                        credentials.applicationPassword());
                Statement s = app.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM award")) {
            rs.next();
            assertThat(rs.getInt(1))
                    .as("the application's role owns the restored table")
                    .isEqualTo(10);
        }
    }

    @Test
    void aFileChangedInsideTheArchiveIsFoundByItsChecksum() throws Exception {
        EmbeddedRestore.deleteRecursively(dir.resolve("tampered"));
        Path work = dir.resolve("tampered");
        Files.createDirectories(work);
        // an archive whose PG_VERSION was rewritten after its checksum was listed
        Path archive = work.resolve("tampered.tar.gz");
        try (var tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(archive)))) {
            byte[] version = "18\n".getBytes();
            byte[] listed = (HexFormat.of().formatHex(EmbeddedBackup.sha256().digest("17\n".getBytes()))
                            + "  PG_VERSION\n")
                    .getBytes();
            for (var file : Map.of("PG_VERSION", version, EmbeddedBackup.MANIFEST, listed)
                    .entrySet()) {
                var entry = new TarArchiveEntry(file.getKey());
                entry.setSize(file.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
        }
        Path target = work.resolve("postgres");
        Assertions.assertThatThrownBy(() -> EmbeddedRestore.restore(archive, target))
                .isInstanceOf(EmbeddedRestore.DamagedArchive.class)
                .hasMessageContaining("PG_VERSION không khớp mã kiểm tra");
        assertThat(target).doesNotExist();
    }

    private static void execute(EmbeddedPostgres postgres, String... sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static int query(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }
}
