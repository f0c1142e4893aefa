package vn.thidua.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.rules.EligibilityService;
import vn.thidua.rules.ScreeningService;
import vn.thidua.rules.ScreeningView;
import vn.thidua.rules.SubjectService;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.Question;

/**
 * A national-scale screening: N people (default 1,000,000) with ten years of history each, loaded
 * into the application's PostgreSQL, then (1) a raw COPY of the same history rows to nowhere and
 * (2) a full screening from PostgreSQL to stored results through the application's service, timed
 * in the same run. Usage: java ... vn.thidua.bench.ScreeningBench [people]. With {@code -Ddata=dir}
 * the database is kept in that directory and loaded only the first time (to compare two versions of
 * the code on the same data); {@code -Drounds=n} times n screenings in a row.
 */
public final class ScreeningBench {

    static final int YEAR = 2025;
    static final int BATCH = 20_000;

    /** The embedded PostgreSQL's folder, where its postmaster's pid is. */
    private static String dataDir;

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String kept = System.getProperty("data");
        dataDir = kept == null ? "target/bench-postgres" : kept;
        ConfigurableApplicationContext app =
                BenchApp.startOn(dataDir, kept == null, "--logging.level.vn.thidua.rules=INFO");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            DataSource dataSource = app.getBean(DataSource.class);
            Optional<Long> loaded = jdbc.sql("""
                    SELECT u.id FROM unit u JOIN authority a ON a.id = u.authority_id WHERE a.code = 'bench'""").query(Long.class).optional();
            long unit;
            if (loaded.isPresent()) {
                unit = loaded.get();
                System.out.printf("people already loaded in %s%n", kept);
            } else {
                long authority = BenchApp.province(jdbc);
                unit = jdbc.sql(
                                "INSERT INTO unit (authority_id, name, kind) VALUES (:a, 'Đơn vị đo hiệu năng', 'KHAC') RETURNING id")
                        .param("a", authority)
                        .query(Long.class)
                        .single();
                long t0 = System.nanoTime();
                long historyRows = load(dataSource, jdbc, unit, people);
                try (Connection c = dataSource.getConnection()) {
                    c.createStatement().execute("VACUUM ANALYZE");
                }
                System.out.printf("loaded %,d people, %,d history rows in %.1f s%n", people, historyRows, seconds(t0));
            }
            for (int round = 0; round < Integer.getInteger("rounds", 1); round++) {
                screen(app, jdbc, dataSource, unit);
            }
        } finally {
            app.close();
        }
    }

    /** One raw COPY and one screening, timed; the screening's rows removed after, so that rounds compare. */
    private static void screen(ConfigurableApplicationContext app, JdbcClient jdbc, DataSource dataSource, long unit)
            throws Exception {
        long t0 = System.nanoTime();
        Cpu before = Cpu.now();
        long copied = copyOut(dataSource);
        double copy = seconds(t0);
        System.out.printf(
                "raw COPY of the history rows: %,d bytes in %.1f s (%s)%n",
                copied, copy, Cpu.now().since(before));

        ScreeningService screening = app.getBean(ScreeningService.class);
        CurrentUser admin = new CurrentUser(0, "bench", "Bench", Role.ADMIN, null, null, null);
        t0 = System.nanoTime();
        before = Cpu.now();
        ScreeningView run = screening.startForUnit(admin, unit, YEAR);
        while (!(run = screening.get(admin, run.id())).finished()) {
            Thread.sleep(200);
        }
        double screen = seconds(t0);
        String used = Cpu.now().since(before);
        long results = jdbc.sql("SELECT count(*) FROM screening_result WHERE run_id = :r")
                .param("r", run.id())
                .query(Long.class)
                .single();
        System.out.printf(
                "screening %s: %,d people, %,d result rows in %.1f s (%.0f people/s)%n",
                run.status(), run.done(), results, screen, run.done() / screen);
        System.out.printf("screening / raw COPY = %.2f (%s)%n", screen / copy, used);
        if (System.getProperty("profile") != null) {
            profile(app, admin, unit);
        }
        jdbc.sql("DELETE FROM screening_result WHERE run_id = :r")
                .param("r", run.id())
                .update();
        jdbc.sql("DELETE FROM screening_text WHERE run_id = :r")
                .param("r", run.id())
                .update();
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("VACUUM screening_result");
        }
    }

    private static long load(DataSource dataSource, JdbcClient jdbc, long unit, int people) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        long rows = 0;
        long firstId = BenchApp.nextSubjectId(jdbc);
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < people; from += BATCH) {
                int n = Math.min(BATCH, people - from);
                StringBuilder subjects = new StringBuilder();
                StringBuilder records = new StringBuilder();
                StringBuilder ratings = new StringBuilder();
                StringBuilder initiatives = new StringBuilder();
                StringBuilder disciplines = new StringBuilder();
                StringBuilder years = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    long id = firstId + from + i;
                    BenchApp.line(subjects, id, "INDIVIDUAL", "Người thứ " + (from + i + 1), unit);
                    History h = SyntheticHistories.person(random, YEAR);
                    for (History.AwardRecord r : h.records()) {
                        BenchApp.line(
                                records,
                                id,
                                r.year(),
                                r.award(),
                                r.periodFrom(),
                                r.periodTo(),
                                "THUONG_XUYEN",
                                r.award().isTitle() ? 't' : 'f');
                        rows++;
                    }
                    for (History.RatingRecord r : h.ratings()) {
                        BenchApp.line(ratings, id, r.year(), r.rating());
                        rows++;
                    }
                    for (History.Initiative r : h.initiatives()) {
                        BenchApp.line(initiatives, id, r.year(), r.level());
                        rows++;
                    }
                    for (History.Discipline r : h.disciplines()) {
                        BenchApp.line(disciplines, id, r.year(), r.level());
                        rows++;
                    }
                    years.append(id).append('\t').append(YEAR).append("\t12\n");
                    rows++;
                }
                copy.copyIn(
                        "COPY subject (id, kind, full_name, unit_id) FROM STDIN",
                        new StringReader(subjects.toString()));
                copy.copyIn(
                        "COPY subject_record (subject_id, year, award, period_from, period_to, commendation_type, is_title) FROM STDIN",
                        new StringReader(records.toString()));
                copy.copyIn(
                        "COPY subject_rating (subject_id, year, rating) FROM STDIN",
                        new StringReader(ratings.toString()));
                copy.copyIn(
                        "COPY subject_initiative (subject_id, year, level) FROM STDIN",
                        new StringReader(initiatives.toString()));
                copy.copyIn(
                        "COPY subject_discipline (subject_id, year, level) FROM STDIN",
                        new StringReader(disciplines.toString()));
                copy.copyIn(
                        "COPY subject_year (subject_id, year, months_worked) FROM STDIN",
                        new StringReader(years.toString()));
            }
        }
        // the identity column must continue after the ids the generator chose
        jdbc.sql("SELECT setval(pg_get_serial_sequence('subject', 'id'), (SELECT max(id) FROM subject))")
                .query(Long.class)
                .single();
        return rows;
    }

    /** The baseline: the same history rows the screening reads, copied out and thrown away. */
    private static long copyOut(DataSource dataSource) throws Exception {
        long bytes = 0;
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String query : List.of(
                    "SELECT id, kind, unit_id FROM subject",
                    "SELECT subject_id, year, award, period_from, period_to, commendation_type FROM subject_record",
                    "SELECT subject_id, year, rating FROM subject_rating",
                    "SELECT subject_id, year, level, used_for FROM subject_initiative",
                    "SELECT subject_id, year, level FROM subject_discipline",
                    "SELECT subject_id, months_worked, members_total FROM subject_year WHERE year = " + YEAR)) {
                Counting out = new Counting();
                copy.copyOut("COPY (" + query + ") TO STDOUT", out);
                bytes += out.count;
            }
        }
        return bytes;
    }

    /** Where the time goes: reading histories, the engine, writing reasons. */
    private static void profile(ConfigurableApplicationContext app, CurrentUser admin, long unit) {
        var subjects = app.getBean(SubjectService.class);
        var eligibility = app.getBean(EligibilityService.class);
        long t = System.nanoTime();
        var staff = subjects.ofUnit(admin, unit);
        System.out.printf("  list staff: %.2f s%n", seconds(t));
        double read = 0, engine = 0, text = 0;
        long chars = 0;
        for (int from = 0; from < staff.size(); from += 1000) {
            var chunk = staff.subList(from, Math.min(staff.size(), from + 1000));
            t = System.nanoTime();
            var histories = subjects.histories(chunk, YEAR);
            read += seconds(t);
            for (var s : chunk) {
                t = System.nanoTime();
                var answers = eligibility.answers(YEAR, histories.get(s.id()), null, Question.usualConsideration(YEAR));
                engine += seconds(t);
                t = System.nanoTime();
                for (var a : answers.values()) {
                    for (var r : a.reasons()) {
                        chars += r.condition().length() + r.basis().length();
                    }
                }
                text += seconds(t);
            }
        }
        System.out.printf(
                "  read histories: %.2f s, engine: %.2f s, reasons: %.2f s (%,d chars)%n", read, engine, text, chars);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * CPU used so far by this JVM and by this run's PostgreSQL: its postmaster, the processes it started, and
     * those of them that ended (the postmaster's children's time). Read from /proc, so Linux only (elsewhere
     * PostgreSQL's is 0); on two cores the wall time follows the sum, and the split says who used it.
     */
    private record Cpu(double jvm, double postgres) {

        static Cpu now() {
            double jvm =
                    ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            double postgres = 0;
            try {
                String postmaster = Files.readAllLines(Path.of(dataDir, "postmaster.pid"))
                        .get(0)
                        .trim();
                File[] processes = new File("/proc").listFiles((dir, name) -> name.matches("\\d+"));
                for (File p : processes == null ? new File[0] : processes) {
                    try {
                        String stat = Files.readString(p.toPath().resolve("stat"));
                        // the fields after the command's closing parenthesis, from field 3 (state) on
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        boolean isPostmaster = p.getName().equals(postmaster);
                        if (isPostmaster || fields[1].equals(postmaster)) {
                            // utime and stime (fields 14 and 15), and for the postmaster cutime and cstime (16 and
                            // 17: its children that ended), in clock ticks of 1/100 s
                            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                            if (isPostmaster) {
                                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                            }
                            postgres += ticks / 100.0;
                        }
                    } catch (IOException | RuntimeException gone) {
                        // a process that ended while it was read
                    }
                }
            } catch (IOException | RuntimeException unknown) {
                // no postmaster.pid or no /proc: PostgreSQL's CPU is not known here
            }
            return new Cpu(jvm, postgres);
        }

        /** "CPU: JVM 9.0 s, PostgreSQL 11.6 s" since the earlier reading. */
        String since(Cpu earlier) {
            return String.format("CPU: JVM %.1f s, PostgreSQL %.1f s", jvm - earlier.jvm, postgres - earlier.postgres);
        }
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
