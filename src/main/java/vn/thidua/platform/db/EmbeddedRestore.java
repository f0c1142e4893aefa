package vn.thidua.platform.db;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Restores an {@link EmbeddedBackup} archive into an empty data directory: every file checked
 * against the archive's SHA-256 list (a damaged or altered archive restores nothing), the
 * directories a base backup leaves empty created, the directory made private as PostgreSQL
 * requires. The first start then replays the archived WAL to the backup's consistent point.
 */
public final class EmbeddedRestore {

    public static final class DamagedArchive extends IOException {
        DamagedArchive(String message) {
            super(message);
        }
    }

    public record Result(int files, String info) {}

    public static Result restore(Path archive, Path dataDir) throws IOException {
        Path target = dataDir.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new IOException("Thư mục dữ liệu " + target + " không trống: chỉ khôi phục vào một thư mục trống "
                    + "(đổi tên hoặc chuyển thư mục cũ đi trước). / The data directory is not empty.");
        }
        Path work = target.resolveSibling(target.getFileName() + ".restoring");
        deleteRecursively(work);
        Files.createDirectories(work);
        // private (as PostgreSQL requires) before the first file lands in it: the archive holds every row and the
        // passwords
        if (work.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx------"));
        }
        Map<String, String> extracted = new HashMap<>();
        String manifest = null;
        String info = "";
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 20);
                GZIPInputStream gzip = new GZIPInputStream(file, 1 << 16);
                TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                String name = entry.getName();
                Path path = work.resolve(name).normalize();
                if (!path.startsWith(work)) {
                    throw new DamagedArchive("Bản sao lưu chứa đường dẫn ra ngoài thư mục dữ liệu: " + name);
                }
                if (name.equals(EmbeddedBackup.MANIFEST)) {
                    manifest = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                } else if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    MessageDigest sha = EmbeddedBackup.sha256();
                    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), sha)) {
                        tar.transferTo(out);
                    }
                    extracted.put(name, HexFormat.of().formatHex(sha.digest()));
                    if (name.equals(EmbeddedBackup.INFO)) {
                        info = Files.readString(path);
                    }
                }
            }
            // the tar reader stops at its end marker; reading the compressed stream to its end checks
            // gzip's CRC-32 over everything, the padding and headers no SHA-256 of a file covers included
            gzip.transferTo(OutputStream.nullOutputStream());
        } catch (EOFException | ZipException truncated) {
            deleteRecursively(work);
            throw new DamagedArchive("Tệp sao lưu bị cắt cụt hoặc hỏng (" + truncated.getMessage()
                    + "). / The archive is truncated or damaged.");
        } catch (DamagedArchive e) {
            deleteRecursively(work);
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteRecursively(work);
            throw new DamagedArchive(
                    "Tệp sao lưu bị hỏng, không đọc được (" + e.getMessage() + "). / The archive is damaged.");
        }
        try {
            verify(manifest, extracted);
            for (String dir : EmbeddedBackup.EMPTY_DIRS) {
                Files.createDirectories(work.resolve(dir));
            }
            Files.createDirectories(work.resolve("pg_wal/archive_status"));
            Files.createDirectories(work.resolve("pg_wal/summaries"));
            Files.deleteIfExists(work.resolve(EmbeddedBackup.INFO));
            // the server's configuration is never taken from an archive (an archive_command there would
            // run at the first start): the embedded server gets its settings on its command line
            Files.writeString(
                    work.resolve("postgresql.conf"), "# written by restore; settings come from the application\n");
            Files.writeString(work.resolve("postgresql.auto.conf"), "# written by restore\n");
            Files.writeString(work.resolve("pg_ident.conf"), "");
            Path credentials = work.resolve(EmbeddedCredentials.FILE);
            if (Files.exists(credentials)) {
                makePrivate(credentials);
                Files.writeString(work.resolve("pg_hba.conf"), EmbeddedServer.HBA);
            } else {
                // an archive of a release before passwords: open as it was, for the start that follows
                // the restore, which gives it its passwords and closes it (EmbeddedServer)
                Files.writeString(
                        work.resolve("pg_hba.conf"),
                        "local all all trust\nhost all all 127.0.0.1/32 trust\n" + "host all all ::1/128 trust\n");
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(work, target);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(work);
            throw e;
        }
        return new Result(extracted.size(), info);
    }

    private static void makePrivate(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void verify(String manifest, Map<String, String> extracted) throws DamagedArchive {
        if (manifest == null) {
            throw new DamagedArchive("Tệp không phải bản sao lưu của Thi đua hoặc thiếu danh sách mã kiểm tra ("
                    + EmbeddedBackup.MANIFEST + "). / Not a Thi đua backup, or its checksum list is missing.");
        }
        Map<String, String> listed = new HashMap<>();
        for (String line : manifest.split("\n")) {
            if (!line.isBlank()) {
                listed.put(line.substring(66), line.substring(0, 64));
            }
        }
        for (Map.Entry<String, String> file : listed.entrySet()) {
            String actual = extracted.get(file.getKey());
            if (actual == null) {
                throw new DamagedArchive(
                        "Bản sao lưu thiếu tệp " + file.getKey() + ". / A file is missing: " + file.getKey());
            }
            if (!actual.equals(file.getValue())) {
                throw new DamagedArchive(
                        "Bản sao lưu bị hỏng: tệp " + file.getKey() + " không khớp mã kiểm tra SHA-256. "
                                + "/ Damaged: " + file.getKey() + " does not match its SHA-256.");
            }
        }
        for (String name : extracted.keySet()) {
            if (!listed.containsKey(name)) {
                throw new DamagedArchive("Bản sao lưu có tệp lạ không có trong danh sách kiểm tra: " + name
                        + ". / An unlisted file: " + name);
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
