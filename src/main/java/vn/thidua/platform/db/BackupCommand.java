package vn.thidua.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code java -jar thidua.jar backup FILE} and {@code restore FILE}: the embedded database's
 * backup, taken while the application runs (or, if it is stopped, by starting its PostgreSQL for
 * the time of the copy), and its restore into an empty data directory, which is then started once
 * so that it reaches the backup's consistent point. The data directory is the application's
 * ({@code --thidua.db.embedded.data-dir=…}, default {@code ./data/postgres}). Exit status 0 when
 * done, 1 when refused or failed. An external PostgreSQL is backed up with its own tools (README).
 */
public final class BackupCommand {

    public static final List<String> NAMES = List.of("backup", "restore");
    private static final String DATA_DIR = "--thidua.db.embedded.data-dir=";

    private BackupCommand() {}

    public static int run(String command, String... args) {
        String file = null;
        Path dataDir = Path.of(Optional.ofNullable(System.getenv("THIDUA_DB_EMBEDDED_DATA_DIR"))
                .orElse("./data/postgres"));
        for (String arg : args) {
            if (arg.startsWith(DATA_DIR)) {
                dataDir = Path.of(arg.substring(DATA_DIR.length()));
            } else if (!arg.startsWith("--") && file == null) {
                file = arg;
            }
        }
        if (file == null) {
            System.err.println(
                    "Cách dùng / usage: java -jar thidua.jar " + command + " TỆP.tar.gz [" + DATA_DIR + "THƯ_MỤC]");
            return 1;
        }
        String external = System.getenv("THIDUA_DB_URL");
        if (external != null && !external.isBlank()) {
            System.err.println(
                    "THIDUA_DB_URL đã đặt: cơ sở dữ liệu ngoài được sao lưu bằng pg_dump/pg_basebackup cùng phiên bản "
                            + "(xem README, mục Vận hành). / An external database is backed up with its own tools.");
            return 1;
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        try {
            return command.equals("backup") ? backup(Path.of(file), dataDir) : restore(Path.of(file), dataDir);
        } catch (Exception e) {
            System.err.println((command.equals("backup")
                            ? "Sao lưu thất bại / backup failed: "
                            : "Khôi phục thất bại / restore failed: ")
                    + e.getMessage());
            return 1;
        }
    }

    private static int backup(Path archive, Path dataDir) throws Exception {
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            System.err.println("Không có cơ sở dữ liệu trong " + dataDir + ". / No database in " + dataDir + ".");
            return 1;
        }
        long started = System.nanoTime();
        OptionalLong running = runningPort(dataDir);
        EmbeddedBackup.Result result;
        if (running.isPresent()) {
            result = new EmbeddedBackup(dataDir).write((int) running.getAsLong(), archive);
        } else {
            // the application is stopped: its PostgreSQL runs for the time of the copy only
            try (EmbeddedPostgres postgres = EmbeddedServer.start(dataDir, false, Map.of("fsync", "on"))) {
                result = new EmbeddedBackup(dataDir).write(postgres.getPort(), archive);
            }
        }
        String sha = sha256(archive);
        try (var out = EmbeddedBackup.privateFile(archive.resolveSibling(archive.getFileName() + ".sha256"))) {
            out.write((sha + "  " + archive.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        System.out.printf(
                "Đã sao lưu %s vào %s: %d tệp, %.1f MB, %.1f giây, SHA-256 %s%n",
                dataDir, archive, result.files(), result.bytes() / 1e6, (System.nanoTime() - started) / 1e9, sha);
        System.out.printf("Backup written (WAL %s to %s).%n", result.startLsn(), result.stopLsn());
        return 0;
    }

    private static int restore(Path archive, Path dataDir) throws Exception {
        if (runningPort(dataDir).isPresent()) {
            System.err.println("Ứng dụng đang chạy trên " + dataDir
                    + ": hãy dừng nó trước khi khôi phục. / Stop the application first.");
            return 1;
        }
        long started = System.nanoTime();
        Path sidecar = archive.resolveSibling(archive.getFileName() + ".sha256");
        if (Files.exists(sidecar)) {
            String expected = Files.readString(sidecar).trim().split("\\s+")[0];
            if (!expected.equalsIgnoreCase(sha256(archive))) {
                System.err.println("Tệp sao lưu không khớp mã SHA-256 ghi trong " + sidecar + ": không khôi phục. "
                        + "/ The archive does not match its SHA-256.");
                return 1;
            }
        } else {
            System.out.println("Không có " + sidecar.getFileName()
                    + " bên cạnh: chỉ kiểm tra được hư hỏng, không phát hiện được sửa "
                    + "đổi có chủ ý. / No .sha256 beside the archive: damage is detected, deliberate changes are not.");
        }
        EmbeddedRestore.Result result = EmbeddedRestore.restore(archive, dataDir);
        // replays the archived WAL now, so that the application's next start finds a consistent database
        String migrations = "—";
        // (an archive of an earlier release, without passwords, gets them at this start)
        try (EmbeddedPostgres postgres = EmbeddedServer.start(dataDir, false, Map.of("fsync", "on"));
                var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute(EmbeddedCredentials.SUPERUSER_SEARCH_PATH);
            try (var rs = statement.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    try (var versions = statement.executeQuery(
                            "SELECT max(version::int) FROM public.flyway_schema_history WHERE version IS NOT NULL")) {
                        versions.next();
                        migrations = "V" + versions.getInt(1);
                    }
                }
            }
        }
        System.out.printf(
                "Đã khôi phục %s vào %s: %d tệp, mã kiểm tra khớp, lược đồ %s, %.1f giây.%n",
                archive, dataDir, result.files(), migrations, (System.nanoTime() - started) / 1e9);
        System.out.println("Restored; start the application as usual.");
        return 0;
    }

    /** The port of a PostgreSQL running on the data directory (the application's, or one it left). */
    static OptionalLong runningPort(Path dataDir) {
        OptionalLong pid = OrphanPostgres.pid(dataDir);
        if (pid.isEmpty()
                || ProcessHandle.of(pid.getAsLong())
                        .filter(ProcessHandle::isAlive)
                        .isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.size() > 3
                    ? OptionalLong.of(Long.parseLong(lines.get(3).trim()))
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String sha256(Path file) throws Exception {
        var sha = EmbeddedBackup.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
