package vn.thidua.platform.db;

import static vn.thidua.platform.db.EmbeddedCredentials.APPLICATION_ROLE;
import static vn.thidua.platform.db.EmbeddedCredentials.DATABASE;
import static vn.thidua.platform.db.EmbeddedCredentials.SUPERUSER;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every start of the embedded PostgreSQL (the application's, a backup's, a restore's) goes through
 * here, so that none of them leaves it open: every connection, local socket or TCP, needs a
 * password (scram-sha-256), and the application connects as {@value EmbeddedCredentials#APPLICATION_ROLE},
 * a role that owns the application's schema but is no superuser. Such a role cannot install an
 * untrusted extension ({@code pg_walinspect}, {@code pageinspect}, {@code file_fdw}…) nor read the
 * server's files; the superuser, whose password is in the same file, can: that is the database
 * administrator, whom the ballots' encryption, not the database, keeps from reading a ballot.
 *
 * <p>A new directory is created with passwords from the start (initdb's own {@code --auth} and
 * {@code --pwfile}), so it is never open. A directory of an earlier release, created with
 * {@code trust}, is opened once more as it is, given its passwords and its owner, and closed.
 * Each step is idempotent and comes before the one that depends on it (the file, then the roles'
 * passwords, then pg_hba.conf), so a crash anywhere is mended by the next start.
 */
final class EmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** The application owns this file: written at every start, and by a restore. */
    static final String HBA = """
            # Written by Thi đua at every start of its embedded PostgreSQL: every connection needs a password.
            # The passwords are in thidua-credentials.properties, beside this file.
            local   all           all                  scram-sha-256
            host    all           all   127.0.0.1/32   scram-sha-256
            host    all           all   ::1/128        scram-sha-256
            local   replication   all                  scram-sha-256
            host    replication   all   127.0.0.1/32   scram-sha-256
            host    replication   all   ::1/128        scram-sha-256
            """;

    private EmbeddedServer() {}

    /**
     * Starts PostgreSQL on the data directory (a new one when it holds no database or when
     * {@code clean}) with these settings on its command line, and returns it secured.
     */
    static EmbeddedPostgres start(Path dataDir, boolean clean, Map<String, String> serverConfig) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        // the library's own test: initdb runs when it is told to clean or when there is no configuration
        boolean fresh = clean || !Files.exists(dir.resolve("postgresql.conf"));
        EmbeddedCredentials credentials = fresh ? EmbeddedCredentials.generate() : existing(dir);
        boolean generated = fresh || !Files.exists(dir.resolve(EmbeddedCredentials.FILE));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                .setServerConfig("password_encryption", "scram-sha-256")
                // the library checks that the server is up by connecting as the superuser
                .setConnectConfig("password", credentials.superuserPassword())
                // after initdb, under the library's lock of the directory, before the server starts
                .setDataDirectoryCustomizer(d -> {
                    if (generated) {
                        try {
                            credentials.writeTo(dir);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
        serverConfig.forEach(builder::setServerConfig);
        Path passwordFile = null;
        EmbeddedPostgres postgres;
        try {
            if (fresh) {
                // initdb is the first to read a password: from a file of its own (created readable by its owner
                // only), removed as soon as it is done; initdb wants an empty directory, so not the credentials file
                passwordFile = Files.createTempFile(dir.getParent(), ".thidua-initdb-", ".tmp");
                Files.writeString(passwordFile, credentials.superuserPassword() + "\n", StandardCharsets.UTF_8);
                // after the library's own "-A trust", so initdb takes these
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            postgres = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        if (fresh) {
            log.info("New embedded database: its passwords are in {}", dir.resolve(EmbeddedCredentials.FILE));
        }
        try {
            secure(postgres, credentials, dir, !fresh && generated);
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException(
                    "Could not secure the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
        return postgres;
    }

    /**
     * The credentials file of the directory; a directory without one must still be open
     * ({@code trust}, an earlier release's): its passwords are generated now.
     */
    private static EmbeddedCredentials existing(Path dir) throws IOException {
        var kept = EmbeddedCredentials.read(dir);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (!trusts(dir.resolve("pg_hba.conf"))) {
            throw new IllegalStateException("The embedded database in " + dir + " requires passwords but "
                    + EmbeddedCredentials.FILE + " is missing from it. Put the file back (every backup holds it), or, "
                    + "to have new passwords generated, write \"trust\" in place of \"scram-sha-256\" in its pg_hba.conf "
                    + "and start again.");
        }
        log.warn(
                "The embedded database in {} lets anyone on this machine connect without a password (created by an "
                        + "earlier release): generating passwords into {} and requiring them from now on",
                dir,
                dir.resolve(EmbeddedCredentials.FILE));
        return EmbeddedCredentials.generate();
    }

    /** A line of pg_hba.conf whose method is {@code trust}. */
    static boolean trusts(Path hba) throws IOException {
        if (!Files.exists(hba)) {
            return false;
        }
        for (String line : Files.readAllLines(hba)) {
            int comment = line.indexOf('#');
            String rule = comment >= 0 ? line.substring(0, comment) : line;
            for (String field : rule.trim().split("\\s+")) {
                if (field.equals("trust")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void secure(EmbeddedPostgres postgres, EmbeddedCredentials credentials, Path dir, boolean wasOpen)
            throws SQLException, IOException {
        try (Connection db = postgres.getPostgresDatabase().getConnection();
                Statement s = db.createStatement()) {
            s.execute(EmbeddedCredentials.SUPERUSER_SEARCH_PATH);
            PGConnection pg = db.unwrap(PGConnection.class);
            // hashed here (SCRAM), so no password reaches the server's memory or logs in clear
            pg.alterUserPassword(SUPERUSER, credentials.superuserPassword().toCharArray(), "scram-sha-256");
            s.execute(ROLE);
            pg.alterUserPassword(
                    APPLICATION_ROLE, credentials.applicationPassword().toCharArray(), "scram-sha-256");
            s.execute(OWNERSHIP);
        }
        Path hba = dir.resolve("pg_hba.conf");
        if (!Files.exists(hba) || !Files.readString(hba).equals(HBA)) {
            Path partial = dir.resolve("pg_hba.conf.partial");
            Files.writeString(partial, HBA);
            Files.move(partial, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Connection db = postgres.getPostgresDatabase().getConnection();
                    Statement s = db.createStatement()) {
                s.execute(EmbeddedCredentials.SUPERUSER_SEARCH_PATH);
                s.execute("SELECT pg_reload_conf()");
            }
            awaitPasswordsRequired(postgres.getPort());
            if (wasOpen) {
                log.warn(
                        "The embedded database now requires passwords; its objects belong to the role {}",
                        APPLICATION_ROLE);
            }
        }
    }

    /** A reload is a signal the server handles shortly after: returns once a connection without password is refused. */
    private static void awaitPasswordsRequired(int port) {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", SUPERUSER);
        noPassword.setProperty("password", "");
        String url = "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection open = DriverManager.getConnection(url, noPassword)) {
                Thread.sleep(20);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL still accepts connections without a password after "
                + "its pg_hba.conf was rewritten");
    }

    /** The application's role, and nothing more than a login: its rights come from what it owns. */
    private static final String ROLE = """
            DO $$
            DECLARE
                m record;
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'thidua') THEN
                    CREATE ROLE thidua;
                END IF;
                ALTER ROLE thidua LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT
                    CONNECTION LIMIT -1;
                -- no predefined role either (pg_read_server_files, pg_read_all_data, pg_monitor…), whoever granted it
                FOR m IN SELECT roleid::regrole AS role, grantor::regrole AS grantor FROM pg_auth_members
                         WHERE member = 'thidua'::regrole
                LOOP
                    EXECUTE format('REVOKE %s FROM thidua GRANTED BY %s CASCADE', m.role, m.grantor);
                END LOOP;
            END $$
            """;

    /**
     * The role owns the database, which makes it the owner of schema {@code public} (owned by
     * {@code pg_database_owner} since PostgreSQL 15) and gives it CREATE on the database, what a
     * trusted extension such as {@code unaccent} or {@code pg_trgm} asks of a non-superuser: so
     * Flyway, connected as this role, builds a new database, and every object it creates is the
     * role's. Grants on each object would have to be repeated by every later migration; ownership
     * is what the superuser had. An earlier release's objects, the superuser's, are handed over
     * here: tables (with their indexes and their columns' sequences), views, other sequences,
     * types, routines, collations, text search objects and statistics of schema public, Flyway's
     * history included. An extension's own objects stay the superuser's, as PostgreSQL creates
     * them; their functions are everyone's to call. Nothing to do on the next start.
     */
    private static final String OWNERSHIP = """
            DO $$
            DECLARE
                o record;
            BEGIN
                ALTER DATABASE postgres OWNER TO thidua;
                IF (SELECT nspowner FROM pg_namespace WHERE nspname = 'public') = 'postgres'::regrole THEN
                    ALTER SCHEMA public OWNER TO pg_database_owner;
                END IF;
                FOR o IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                         WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                           AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                           AND d.objid = c.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER %s %s OWNER TO thidua', CASE o.relkind WHEN 'v' THEN 'VIEW'
                        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, o.name);
                END LOOP;
                -- a sequence of a table's column went with its table; one cannot be given away alone
                FOR o IN SELECT c.oid::regclass AS name FROM pg_class c
                         WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                           AND c.relkind = 'S'
                           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                           AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
                LOOP
                    EXECUTE format('ALTER SEQUENCE %s OWNER TO thidua', o.name);
                END LOOP;
                -- enums, domains, ranges and composite types; an array or a table's row type follows its own
                FOR o IN SELECT t.oid::regtype AS name FROM pg_type t
                         WHERE t.typnamespace = 'public'::regnamespace AND t.typowner = 'postgres'::regrole
                           AND (t.typtype IN ('e', 'd', 'r')
                                OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
                           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                           AND d.objid = t.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER TYPE %s OWNER TO thidua', o.name);
                END LOOP;
                FOR o IN SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p
                         WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = 'postgres'::regrole
                           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                           AND d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER %s %s OWNER TO thidua', CASE o.prokind WHEN 'a' THEN 'AGGREGATE'
                        WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, o.name);
                END LOOP;
                -- collations, text search configurations and dictionaries, extended statistics: one shape
                FOR o IN SELECT kind, name FROM (
                             SELECT 'COLLATION' AS kind, format('public.%I', c.collname) AS name,
                                    'pg_collation'::regclass AS catalog, c.oid
                               FROM pg_collation c
                              WHERE c.collnamespace = 'public'::regnamespace AND c.collowner = 'postgres'::regrole
                             UNION ALL
                             SELECT 'TEXT SEARCH CONFIGURATION', c.oid::regconfig::text, 'pg_ts_config'::regclass, c.oid
                               FROM pg_ts_config c
                              WHERE c.cfgnamespace = 'public'::regnamespace AND c.cfgowner = 'postgres'::regrole
                             UNION ALL
                             SELECT 'TEXT SEARCH DICTIONARY', t.oid::regdictionary::text, 'pg_ts_dict'::regclass, t.oid
                               FROM pg_ts_dict t
                              WHERE t.dictnamespace = 'public'::regnamespace AND t.dictowner = 'postgres'::regrole
                             UNION ALL
                             SELECT 'STATISTICS', format('public.%I', x.stxname), 'pg_statistic_ext'::regclass, x.oid
                               FROM pg_statistic_ext x
                              WHERE x.stxnamespace = 'public'::regnamespace AND x.stxowner = 'postgres'::regrole) owned
                         WHERE NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = owned.catalog
                                           AND d.objid = owned.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER %s %s OWNER TO thidua', o.kind, o.name);
                END LOOP;
            END $$
            """;
}
