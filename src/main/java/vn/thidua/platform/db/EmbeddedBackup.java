package vn.thidua.platform.db;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * An online backup of the embedded PostgreSQL by PostgreSQL's own low-level base backup
 * ({@code pg_backup_start} / {@code pg_backup_stop}, what {@code pg_basebackup} does over the
 * replication protocol): the data directory copied while the server runs, the backup label it
 * returns, and the WAL written meantime (kept by a temporary replication slot). Restored, the
 * server replays that WAL to the consistent point of the backup's end. The archive is a gzipped tar
 * ending with {@value #MANIFEST}: every file's SHA-256, which a restore checks. The passwords'
 * file ({@value EmbeddedCredentials#FILE}) is one of the directory's files: a restored database
 * asks for the passwords it had.
 */
public final class EmbeddedBackup {

    static final String MANIFEST = "thidua-backup.sha256";
    static final String INFO = "thidua-backup.properties";
    /** Directories a base backup takes empty: their contents are rebuilt or useless after a restore. */
    static final Set<String> EMPTY_DIRS = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans",
            "pg_logical/snapshots",
            "pg_logical/mappings");
    /** Files that belong to the running server, not to its data. */
    private static final Set<String> SKIPPED = Set.of(
            "postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map", "backup_manifest");

    private final Path dataDir;
    private final List<String> sums = new ArrayList<>();

    public EmbeddedBackup(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    public record Result(long bytes, int files, String startLsn, String stopLsn) {}

    /** Writes the backup of the server running on the data directory, listening on {@code port}. */
    public Result write(int port, Path archive) throws IOException, SQLException {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        // the superuser: a base backup and its replication slot are beyond the application's role; no password
        // kept only while an earlier release, whose database asked for none, runs on the directory
        String password = EmbeddedCredentials.read(dataDir)
                .map(EmbeddedCredentials::superuserPassword)
                .orElse("");
        Properties login = new Properties();
        login.setProperty("user", EmbeddedCredentials.SUPERUSER);
        login.setProperty("password", password);
        login.setProperty("options", EmbeddedCredentials.SUPERUSER_OPTIONS);
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/" + EmbeddedCredentials.DATABASE, login);
                OutputStream file = privateFile(partial);
                TarArchiveOutputStream tar =
                        new TarArchiveOutputStream(new FastGzip(new BufferedOutputStream(file, 1 << 20)))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            String version = single(db, "SHOW server_version");
            // the WAL from here on stays in pg_wal until this session ends, however long the copy takes
            single(
                    db,
                    "SELECT slot_name FROM pg_create_physical_replication_slot('thidua_backup_' || pg_backend_pid(), true, true)");
            String start = single(db, "SELECT pg_backup_start('thidua " + Instant.now() + "', true)::text");
            String startWal = single(db, "SELECT pg_walfile_name('" + start + "')");
            int files = copyDataDirectory(tar);
            String stop;
            String label;
            String spcmap;
            try (Statement s = db.createStatement();
                    ResultSet rs =
                            s.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                rs.next();
                stop = rs.getString(1);
                label = rs.getString(2);
                spcmap = rs.getString(3);
            }
            String stopWal = single(db, "SELECT pg_walfile_name('" + stop + "')");
            add(tar, "backup_label", label.getBytes(StandardCharsets.UTF_8));
            if (spcmap != null && !spcmap.isEmpty()) {
                add(tar, "tablespace_map", spcmap.getBytes(StandardCharsets.UTF_8));
            }
            files += copyWal(tar, startWal, stopWal);
            String info = "created=" + Instant.now() + "\npostgresql=" + version + "\nstart_lsn=" + start
                    + "\nstop_lsn=" + stop + "\nfiles=" + files + "\n";
            add(tar, INFO, info.getBytes(StandardCharsets.UTF_8));
            byte[] manifest = (String.join("\n", sums) + "\n").getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(MANIFEST);
            entry.setSize(manifest.length);
            tar.putArchiveEntry(entry);
            tar.write(manifest);
            tar.closeArchiveEntry();
            tar.finish();
            tar.close();
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(Files.size(archive), files, start, stop);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private int copyDataDirectory(TarArchiveOutputStream tar) throws IOException {
        if (hasTablespaces()) {
            throw new IOException("The data directory has tablespaces (pg_tblspc), which this backup does not copy");
        }
        List<Path> paths = new ArrayList<>();
        // files come and go while the server runs (temporary files, dropped relations): a vanished
        // one is skipped, as pg_basebackup does, and the contents of the directories taken empty are not read
        Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(dataDir)) {
                    paths.add(dir);
                }
                String name = dataDir.relativize(dir).toString().replace('\\', '/');
                return EMPTY_DIRS.contains(name) || name.endsWith("pgsql_tmp")
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                paths.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        Collections.sort(paths);
        int files = 0;
        Path control = dataDir.resolve("global/pg_control");
        for (Path path : paths) {
            String name = dataDir.relativize(path).toString().replace('\\', '/');
            if (SKIPPED.contains(name) || path.equals(control) || name.contains("pgsql_tmp/")) {
                continue;
            }
            if (Files.isDirectory(path)) {
                TarArchiveEntry dir = new TarArchiveEntry(name + "/");
                tar.putArchiveEntry(dir);
                tar.closeArchiveEntry();
            } else if (Files.isRegularFile(path)) {
                files += copyFile(tar, path, name) ? 1 : 0;
            }
        }
        // last, as pg_basebackup does: the control file is the one read whole at start
        files += copyFile(tar, control, "global/pg_control") ? 1 : 0;
        return files;
    }

    private boolean hasTablespaces() throws IOException {
        Path tablespaces = dataDir.resolve("pg_tblspc");
        if (!Files.isDirectory(tablespaces)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(tablespaces)) {
            return entries.findAny().isPresent();
        }
    }

    /** Readable by its owner only: a backup holds every password hash, session and second-factor secret. */
    static OutputStream privateFile(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.deleteIfExists(path);
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.newOutputStream(path);
    }

    private int copyWal(TarArchiveOutputStream tar, String first, String last) throws IOException {
        List<Path> segments;
        try (Stream<Path> listed = Files.list(dataDir.resolve("pg_wal"))) {
            segments = listed.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.length() == 24 && n.compareTo(first) >= 0 && n.compareTo(last) <= 0;
                    })
                    .sorted()
                    .toList();
        }
        if (segments.isEmpty() || !segments.get(0).getFileName().toString().equals(first)) {
            throw new IOException(
                    "WAL segment " + first + " is missing from pg_wal: the backup cannot be made consistent");
        }
        int files = 0;
        for (Path segment : segments) {
            files += copyFile(tar, segment, "pg_wal/" + segment.getFileName()) ? 1 : 0;
        }
        return files;
    }

    /** A file as long as it was when listed (a relation may grow or shrink meanwhile: the WAL repairs it). */
    private boolean copyFile(TarArchiveOutputStream tar, Path path, String name) throws IOException {
        long size;
        InputStream in;
        try {
            size = Files.size(path);
            in = Files.newInputStream(path);
        } catch (NoSuchFileException dropped) {
            return false;
        }
        try (in) {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(size);
            entry.setMode(0600);
            tar.putArchiveEntry(entry);
            MessageDigest sha = sha256();
            DigestOutputStream out = new DigestOutputStream(new NonClosing(tar), sha);
            byte[] buffer = new byte[1 << 16];
            long left = size;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    // truncated while read: zeros up to the listed size, as pg_basebackup does
                    Arrays.fill(buffer, (byte) 0);
                    n = (int) Math.min(buffer.length, left);
                }
                out.write(buffer, 0, n);
                left -= n;
            }
            tar.closeArchiveEntry();
            sums.add(HexFormat.of().formatHex(sha.digest()) + "  " + name);
            return true;
        }
    }

    private void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0600);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
        sums.add(HexFormat.of().formatHex(sha256().digest(content)) + "  " + name);
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fastest level: relation files compress well at any level, and a backup should not take long. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {}
    }
}
