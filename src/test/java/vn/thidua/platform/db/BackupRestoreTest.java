package vn.thidua.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code backup} taken while the database is written to, then the data changed, then
 * {@code restore} into an empty directory: the restored database holds the data of the backup,
 * consistent (every row committed before the backup began, none of the later changes). A
 * damaged archive restores nothing.
 */
class BackupRestoreTest {

    private final Path dir = Path.of("target", "backup-test").toAbsolutePath();
    private EmbeddedPostgres running;

    @Test
    void restoresTheDataOfAnOnlineBackupAndRefusesADamagedArchive() throws Exception {
        EmbeddedRestore.deleteRecursively(dir);
        Path dataDir = dir.resolve("postgres");
        Files.createDirectories(dataDir);
        running = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
        execute(running, "CREATE TABLE award (id int PRIMARY KEY, name text NOT NULL)",
                "INSERT INTO award SELECT g, 'Bằng khen số ' || g FROM generate_series(1, 50000) g");

        // a writer keeps committing while the backup copies the files
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger(50_000);
        Thread writer = new Thread(() -> {
            try (Connection c = running.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
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
        assertThat(BackupCommand.run("backup", archive.toString(), "--thidua.db.embedded.data-dir=" + dataDir)).isZero();
        writing.set(false);
        writer.join();
        int committedAfter = written.get();
        assertThat(Files.readString(dir.resolve("thidua.tar.gz.sha256"))).contains("thidua.tar.gz");

        execute(running, "DELETE FROM award WHERE id <= 1000", "UPDATE award SET name = 'đã sửa sau sao lưu'");
        running.close();
        running = null;

        Path restored = dir.resolve("restored");
        assertThat(BackupCommand.run("restore", archive.toString(), "--thidua.db.embedded.data-dir=" + restored)).isZero();
        running = EmbeddedPostgres.builder().setDataDirectory(restored).setCleanDataDirectory(false).start();
        assertThat(query(running, "SELECT count(*) FROM award WHERE id <= 1000")).as("rows deleted after the backup").isEqualTo(1000);
        assertThat(query(running, "SELECT count(*) FROM award WHERE name = 'đã sửa sau sao lưu'")).isZero();
        int rows = query(running, "SELECT count(*) FROM award");
        assertThat(rows).as("every row committed before the backup began, none after it ended")
                .isGreaterThanOrEqualTo(committedBefore).isLessThanOrEqualTo(committedAfter);
        assertThat(query(running, "SELECT max(id) FROM award")).as("no gap: a consistent state").isEqualTo(rows);
        running.close();
        running = null;

        assertThat(BackupCommand.run("restore", archive.toString(), "--thidua.db.embedded.data-dir=" + restored))
                .as("never over a directory in use").isEqualTo(1);

        // one bit changed anywhere: in a file's data, in the tar's headers or padding, in gzip's trailer
        byte[] original = Files.readAllBytes(archive);
        for (int position : new int[] {original.length / 3, original.length / 2, original.length - 12, original.length - 3}) {
            byte[] damaged = original.clone();
            damaged[position] ^= 0x01;
            Path bad = dir.resolve("damaged.tar.gz");
            Files.write(bad, damaged);
            Path nowhere = dir.resolve("from-damaged");
            assertThat(BackupCommand.run("restore", bad.toString(), "--thidua.db.embedded.data-dir=" + nowhere))
                    .as("a bit changed at byte %d of %d", position, original.length).isEqualTo(1);
            assertThat(nowhere).doesNotExist();
        }
    }

    @Test
    void aFileChangedInsideTheArchiveIsFoundByItsChecksum() throws Exception {
        EmbeddedRestore.deleteRecursively(dir.resolve("tampered"));
        Path work = dir.resolve("tampered");
        Files.createDirectories(work);
        // an archive whose PG_VERSION was rewritten after its checksum was listed
        Path archive = work.resolve("tampered.tar.gz");
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                new java.util.zip.GZIPOutputStream(Files.newOutputStream(archive)))) {
            byte[] version = "18\n".getBytes();
            byte[] listed = (java.util.HexFormat.of().formatHex(EmbeddedBackup.sha256().digest("17\n".getBytes()))
                    + "  PG_VERSION\n").getBytes();
            for (var file : java.util.Map.of("PG_VERSION", version, EmbeddedBackup.MANIFEST, listed).entrySet()) {
                var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(file.getKey());
                entry.setSize(file.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
        }
        Path target = work.resolve("postgres");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedRestore.restore(archive, target))
                .isInstanceOf(EmbeddedRestore.DamagedArchive.class).hasMessageContaining("PG_VERSION không khớp mã kiểm tra");
        assertThat(target).doesNotExist();
    }

    private static void execute(EmbeddedPostgres postgres, String... sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static int query(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
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
