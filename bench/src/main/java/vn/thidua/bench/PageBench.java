package vn.thidua.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.ServiceAccountCommand;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;

/**
 * Requests per second and latencies of the pages the browser tests visit, for N signed-in board sessions
 * on the demo data, each measured in the same run as a static file behind the same security chain
 * ({@code /css/app.css}, the reference), and the API's results of a bloc year with a service token
 * and with HTTP Basic (bcrypt 10). Closed loop: each session sends its next request when the previous one
 * is answered; a warm-up of a third of the measured time before each target.
 * Usage: java ... vn.thidua.bench.PageBench [users] [seconds]; {@code -Dprofile=file.jfr} records the pages'
 * load with the flight recorder; {@code -Dtargets=static,home,...} measures only those named.
 */
public final class PageBench {

    static final String DEMO_PASSWORD = "ThiDua@2026";
    static final String BOARD = "ban.langson";

    record Target(String name, String path, String authorization) {}

    /**
     * The demo board measured ({@value #BOARD}): its authority, the Lạng Sơn cluster's 2022 year (id 8 in a
     * fresh database, or {@code -DblocYear}) and a service token of the board's for the API.
     */
    record DemoBoard(long authority, long year, String token) {

        static DemoBoard of(ConfigurableApplicationContext app, String system) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            long authority = jdbc.sql("SELECT authority_id FROM app_user WHERE username = ?")
                    .param(BOARD)
                    .query(Long.class)
                    .single();
            long year = Long.getLong(
                    "blocYear",
                    jdbc.sql("SELECT y.id FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id"
                                    + " WHERE b.authority_id = ? AND y.year = 2022 ORDER BY y.id LIMIT 1")
                            .param(authority)
                            .query(Long.class)
                            .single());
            UserAccounts accounts = app.getBean(UserAccounts.class);
            long adminId = accounts.create(new UserAccounts.NewUser(
                    "bench-admin", "Bench page mat khau 2026", "Quản trị đo", Role.ADMIN, null, null, null));
            CurrentUser admin = new CurrentUser(adminId, "bench-admin", "Quản trị đo", Role.ADMIN, null, null, null);
            String token = app.getBean(AccountService.class)
                    .createService(admin, new ServiceAccountCommand(system, Role.BOARD, authority, null))
                    .token();
            return new DemoBoard(authority, year, token);
        }
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ConfigurableApplicationContext app = BenchApp.startOn(
                "target/bench-pages-postgres",
                true,
                "--thidua.demo-data=true",
                "--thidua.security.http-basic=true",
                "--thidua.security.two-factor-required=false");
        try {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            DemoBoard board = DemoBoard.of(app, "Hệ thống đo trang");
            long year = board.year();
            String token = board.token();
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((BOARD + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

            List<Target> targets = List.of(
                    new Target("static", "/css/app.css", null),
                    new Target("home", "/", null),
                    new Target("workspace", "/bloc-years/" + year, null),
                    new Target("results", "/bloc-years/" + year + "/results", null),
                    new Target("proposals", "/proposals", null),
                    new Target("awards", "/awards", null),
                    new Target("units", "/units", null),
                    new Target("api-token", "/api/v1/bloc-years/" + year + "/results", "Bearer " + token),
                    new Target("api-basic", "/api/v1/bloc-years/" + year + "/results", basic));
            List<String> only = System.getProperty("targets") == null
                    ? null
                    : List.of(System.getProperty("targets").split(","));

            List<HttpClient> sessions = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                sessions.add(BenchApp.signIn(base, BOARD, DEMO_PASSWORD));
            }
            System.out.printf(
                    "%d signed-in sessions (%s), %d s each after %.1f s of warm-up; bloc year %d; load average %.2f%n",
                    users,
                    BOARD,
                    seconds,
                    seconds / 3.0,
                    year,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(
                    "%-10s %-32s %9s %7s %9s %9s %9s %6s%n",
                    "target", "path", "req/s", "÷static", "p50 ms", "p90 ms", "p99 ms", "errors");
            // the JIT warmed on every page and on the static file first, by a few sessions so that the compiler's
            // threads get the cores they need (each target then has its own warm-up at full load too). Warmed at
            // full load by the pages only, the static file's first measure came out at half its last one (which
            // followed the light HTTP Basic run, when the compiler caught up) and flattered every ratio to it.
            List<HttpClient> few = sessions.subList(0, Math.min(4, sessions.size()));
            for (int round = 0; round < 2; round++) {
                for (Target target : targets) {
                    if (target.authorization() == null) {
                        load(base, target, few, Math.max(1, seconds / 3));
                    }
                }
            }
            String profile = System.getProperty("profile");
            jdk.jfr.Recording recording = null;
            double reference = 0;
            for (Target target : targets) {
                if (only != null
                        && !only.contains(target.name())
                        && !target.name().equals("static")) {
                    continue;
                }
                if (profile != null && recording == null && !target.name().equals("static")) {
                    recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                    recording.start();
                }
                if (recording != null
                        && target.authorization() != null
                        && recording.getState() == jdk.jfr.RecordingState.RUNNING) {
                    recording.stop(); // the pages' profile: bcrypt of the Basic API would swamp it
                }
                // Basic from a few clients, as a script would: 50 at once on one account would have all but
                // the attempts the lockout lets in flight refused (401), by design, and the address blocked
                Load load = load(
                        base,
                        target,
                        target.name().equals("api-basic") ? sessions.subList(0, Math.min(4, users)) : sessions,
                        seconds);
                if (target.name().equals("static")) {
                    reference = load.perSecond();
                }
                System.out.printf(
                        "%-10s %-32s %9.0f %7.3f %9.1f %9.1f %9.1f %6d%n",
                        target.name(),
                        target.path(),
                        load.perSecond(),
                        load.perSecond() / reference,
                        load.pct(50),
                        load.pct(90),
                        load.pct(99),
                        load.errors());
            }
            // the static file again at the end: on a shared machine the CPU left to the run changes within it
            // (not in the pages' profile: with -Dtargets naming pages only, the recording still runs here)
            if (recording != null && recording.getState() == jdk.jfr.RecordingState.RUNNING) {
                recording.stop();
            }
            Load last = load(base, targets.get(0), sessions, seconds);
            System.out.printf(
                    "%-10s %-32s %9.0f %7.3f %9.1f %9.1f %9.1f %6d   (ratios above are to the first; mean of both: %.0f/s)%n",
                    "static",
                    "/css/app.css (again, last)",
                    last.perSecond(),
                    last.perSecond() / reference,
                    last.pct(50),
                    last.pct(90),
                    last.pct(99),
                    last.errors(),
                    (reference + last.perSecond()) / 2);
            System.out.printf(
                    "load average at the end: %.2f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (recording != null) {
                if (recording.getState() == jdk.jfr.RecordingState.RUNNING) {
                    recording.stop();
                }
                recording.dump(Path.of(profile));
                System.out.println("flight recording: " + profile);
            }
        } finally {
            app.close();
        }
    }

    record Load(int requests, int errors, long[] sortedMicros, double seconds) {
        double perSecond() {
            return requests / seconds;
        }

        double pct(int p) {
            return pct(sortedMicros, p);
        }

        /** The p-th percentile of sorted latencies in microseconds, in milliseconds. */
        static double pct(long[] sortedMicros, int p) {
            return sortedMicros.length == 0
                    ? 0
                    : sortedMicros[
                                    Math.min(
                                            sortedMicros.length - 1,
                                            (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1)]
                            / 1000.0;
        }
    }

    /**
     * Each session requests the target in a closed loop: a warm-up of a third of the time, then the
     * measured time. An API target is sent without the session's cookie (a fresh client per thread), with
     * its Authorization header; a page with the session's cookie. Any answer but 200 is an error.
     */
    static Load load(String base, Target target, List<HttpClient> sessions, int seconds) throws Exception {
        int users = sessions.size();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[users];
        int[] errors = new int[users];
        String[] firstError = new String[1];
        CountDownLatch done = new CountDownLatch(users);
        for (int i = 0; i < users; i++) {
            long[] latencies = new long[1_000_000];
            perThread.add(latencies);
            int me = i;
            HttpClient http = target.authorization() == null
                    ? sessions.get(i)
                    : HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + target.path()))
                    .header("Accept", target.authorization() == null ? "text/html,*/*" : "application/json");
            if (target.authorization() != null) {
                builder.header("Authorization", target.authorization());
            }
            HttpRequest request = builder.GET().build();
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.ofByteArray())
                                .statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (status != 200 && firstError[0] == null) {
                        firstError[0] = target.path() + ": " + status;
                    }
                    if (measuring.get() && counts[me] < latencies.length) {
                        latencies[counts[me]++] = micros;
                        if (status != 200) {
                            errors[me]++;
                        }
                    }
                }
                done.countDown();
            });
            thread.start();
        }
        Thread.sleep(seconds * 1000L / 3);
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int i = 0; i < users; i++) {
            System.arraycopy(perThread.get(i), 0, all, k, counts[i]);
            k += counts[i];
        }
        Arrays.sort(all);
        int errorCount = Arrays.stream(errors).sum();
        if (firstError[0] != null) {
            if (Boolean.getBoolean("strict")) {
                throw new IllegalStateException("an answer other than 200: " + firstError[0]);
            }
            System.out.println("  first answer other than 200: " + firstError[0]);
        }
        return new Load(total, errorCount, all, elapsed);
    }
}
