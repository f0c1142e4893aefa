package vn.thidua.platform.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL, generated at its first start and kept in
 * {@value #FILE} in its data directory, readable by its owner only: the superuser's (the
 * operator's and the backup's) and the application role's. Being in the data directory, the file
 * is in every backup and comes back with its restore.
 */
public record EmbeddedCredentials(String superuserPassword, String applicationPassword) {

    /**
     * Every superuser session runs with only the system catalog on its search path: the application's
     * role owns schema {@code public}, and a function or operator it created there (say a
     * {@code pg_walfile_name(text)}) would otherwise be preferred and run with the superuser's rights.
     */
    public static final String SUPERUSER_OPTIONS = "-c search_path=pg_catalog,pg_temp";

    public static final String SUPERUSER_SEARCH_PATH = "SET search_path = pg_catalog, pg_temp";

    public static final String FILE = "thidua-credentials.properties";
    public static final String SUPERUSER = "postgres";
    /** Owns the application's schema and nothing else: no superuser, no role or database creation, no replication. */
    public static final String APPLICATION_ROLE = "thidua";

    public static final String DATABASE = "postgres";

    private static final SecureRandom RANDOM = new SecureRandom();

    public EmbeddedCredentials {
        if (superuserPassword == null
                || superuserPassword.isBlank()
                || applicationPassword == null
                || applicationPassword.isBlank()) {
            throw new IllegalArgumentException("Both passwords of the embedded PostgreSQL are needed");
        }
    }

    /** 256 random bits each, in URL-safe Base64: no character a properties file or a shell would take for syntax. */
    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The credentials kept in this data directory, if it has them (a directory of an earlier release has not). */
    public static Optional<EmbeddedCredentials> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String superuser = properties.getProperty(SUPERUSER + ".password");
        String application = properties.getProperty(APPLICATION_ROLE + ".password");
        if (superuser == null || application == null) {
            throw new IllegalStateException(
                    file + " lacks " + SUPERUSER + ".password or " + APPLICATION_ROLE + ".password");
        }
        return Optional.of(new EmbeddedCredentials(superuser.trim(), application.trim()));
    }

    /**
     * Written whole or not at all (a temporary file, flushed to disk, then renamed): a crash never
     * leaves a directory whose passwords are half known.
     */
    void writeTo(Path dataDir) throws IOException {
        String text = """
                # The passwords of Thi đua's embedded PostgreSQL, generated at its first start (README, "Vận hành").
                # Keep this file private (mode 600): whoever reads it reads the whole database. It is in every backup.
                # Superuser, for an operator and for backups:
                %s.password=%s
                # The application's own role, owner of its tables:
                %s.password=%s
                """.formatted(SUPERUSER, superuserPassword, APPLICATION_ROLE, applicationPassword);
        Path partial = dataDir.resolve(FILE + ".partial");
        try (OutputStream out = EmbeddedBackup.privateFile(partial)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Never the passwords, in a log or an exception. */
    @Override
    public String toString() {
        return "EmbeddedCredentials[" + SUPERUSER + ", " + APPLICATION_ROLE + "]";
    }
}
