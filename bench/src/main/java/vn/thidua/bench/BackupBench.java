package vn.thidua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ThiDuaApplication;
import vn.thidua.platform.db.BackupCommand;

/**
 * Backup and restore of the embedded database of a province of a million people (the award
 * registry's load), beside a plain file copy of the same data directory in the same run.
 * {@code java -Xmx4g -cp … vn.thidua.bench.BackupBench 1000000}
 */
public final class BackupBench {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of("target/backup-bench").toAbsolutePath();
        delete(dir);
        Path dataDir = dir.resolve("postgres");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ThiDuaApplication.class)
                .run(
                        "--thidua.db.embedded.data-dir=" + dataDir,
                        "--thidua.demo-data=false",
                        "--logging.level.root=WARN",
                        "--server.port=0");
        Path archive = dir.resolve("thidua.tar.gz");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long authority = BenchApp.province(jdbc);
            List<Long> units = new ArrayList<>();
            for (int u = 0; u < Integer.getInteger("units", 2_000); u++) {
                units.add(jdbc.sql("INSERT INTO unit (authority_id, name, kind) VALUES (:a, :n, 'KHAC') RETURNING id")
                        .param("a", authority)
                        .param("n", "Đơn vị số " + (u + 1))
                        .query(Long.class)
                        .single());
            }
            long records = RegistryBench.load(app.getBean(DataSource.class), jdbc, units, people);
            // no CHECKPOINT first: the application's role is not the superuser (pg_checkpoint); the size below
            // counts the WAL not yet checkpointed, which a backup copies as well
            System.out.printf(
                    "loaded %,d people, %,d awards; data directory %.0f MB%n", people, records, size(dataDir) / 1e6);

            long t0 = System.nanoTime();
            copy(dataDir, dir.resolve("plain-copy"));
            System.out.printf(
                    "reference: plain copy of the data directory, application running: %.1f s%n", seconds(t0));
            delete(dir.resolve("plain-copy"));

            t0 = System.nanoTime();
            if (BackupCommand.run("backup", archive.toString(), "--thidua.db.embedded.data-dir=" + dataDir) != 0) {
                throw new IllegalStateException("backup failed");
            }
            System.out.printf(
                    "backup while the application runs: %.1f s, archive %.0f MB%n",
                    seconds(t0), Files.size(archive) / 1e6);
        } finally {
            app.close();
        }
        long t0 = System.nanoTime();
        if (BackupCommand.run("restore", archive.toString(), "--thidua.db.embedded.data-dir=" + dir.resolve("restored"))
                != 0) {
            throw new IllegalStateException("restore failed");
        }
        System.out.printf("restore (checksums, extraction, WAL replay, start and stop): %.1f s%n", seconds(t0));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    try {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    } catch (NoSuchFileException gone) {
                        // a temporary file the server removed meanwhile
                    }
                }
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
