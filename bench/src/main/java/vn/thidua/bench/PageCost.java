package vn.thidua.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one request costs in CPU time, the application's and PostgreSQL's apart, beside the static file: one signed-in
 * session sends the requests one after the other, so the figures do not depend on how many other processes share
 * the cores (PageBench's requests per second do). The application's time is the JVM's minus the client's threads';
 * PostgreSQL's is read from /proc for the postmaster and its backends (Linux only).
 * Usage: java ... vn.thidua.bench.PageCost [requests per target] ({@code -Dtargets=static,workspace} as PageBench;
 * {@code -Dprofile=target/cost} records each page's requests in target/cost-PAGE.jfr, sampled every millisecond).
 */
public final class PageCost {

    private static final double TICK_MS = 10; // USER_HZ is 100 on Linux

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String dataDir = "target/bench-cost-postgres";
        ConfigurableApplicationContext app = BenchApp.startOn(
                dataDir, true, "--thidua.demo-data=true", "--thidua.security.two-factor-required=false");
        try {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            long year = PageBench.DemoBoard.of(app, "Hệ thống đo chi phí").year();
            List<PageBench.Target> targets = List.of(
                    new PageBench.Target("static", "/css/app.css", null),
                    new PageBench.Target("home", "/", null),
                    new PageBench.Target("workspace", "/bloc-years/" + year, null),
                    new PageBench.Target("results", "/bloc-years/" + year + "/results", null),
                    new PageBench.Target("proposals", "/proposals", null),
                    new PageBench.Target("awards", "/awards", null),
                    new PageBench.Target("units", "/units", null));
            List<String> only = System.getProperty("targets") == null
                    ? null
                    : List.of(System.getProperty("targets").split(","));
            List<PageBench.Target> measured = targets.stream()
                    .filter(t ->
                            only == null || only.contains(t.name()) || t.name().equals("static"))
                    .toList();
            HttpClient session = BenchApp.signIn(base, PageBench.BOARD, PageBench.DEMO_PASSWORD);
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDir, "postmaster.pid"))
                    .get(0)
                    .trim());
            System.out.printf(
                    "%d requests a target, one session; CPU time per request in ms (serving: the request threads"
                            + " alone), their allocation in KB%n%-10s %-24s %8s %8s %8s %8s %9s %8s %9s %8s%n",
                    requests,
                    "target",
                    "path",
                    "wall",
                    "app",
                    "postgres",
                    "client",
                    "÷static",
                    "serving",
                    "÷static",
                    "KB");
            // the JIT warmed on every page first, so that no target pays for compiling what all share
            for (int round = 0; round < 3; round++) {
                for (PageBench.Target target : measured) {
                    send(session, base, target, Math.max(10, requests / 2));
                }
            }
            double staticApp = 0;
            double staticServing = 0;
            for (PageBench.Target target : measured) {
                send(session, base, target, Math.min(100, requests));
                jdk.jfr.Recording recording = null;
                if (System.getProperty("profile") != null && !target.name().equals("static")) {
                    recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                    recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
                    recording.start();
                }
                long wall = System.nanoTime();
                double jvm = processCpuMs();
                double client = clientCpuMs();
                double pg = postgresCpuMs(postmaster);
                double serving = requestThreadsCpuMs();
                double allocated = requestThreadsKb();
                send(session, base, target, requests);
                double wallMs = (System.nanoTime() - wall) / 1e6 / requests;
                double clientMs = (clientCpuMs() - client) / requests;
                double appMs = (processCpuMs() - jvm) / requests - clientMs;
                double pgMs = (postgresCpuMs(postmaster) - pg) / requests;
                double servingMs = (requestThreadsCpuMs() - serving) / requests;
                double kb = (requestThreadsKb() - allocated) / requests;
                if (recording != null) {
                    recording.stop();
                    Path file = Path.of(System.getProperty("profile") + "-" + target.name() + ".jfr");
                    recording.dump(file);
                    recording.close();
                }
                if (target.name().equals("static")) {
                    staticApp = appMs + pgMs;
                    staticServing = servingMs;
                }
                System.out.printf(
                        "%-10s %-24s %8.2f %8.2f %8.2f %8.2f %9.1f %8.2f %9.1f %8.0f%n",
                        target.name(),
                        target.path(),
                        wallMs,
                        appMs,
                        pgMs,
                        clientMs,
                        (appMs + pgMs) / staticApp,
                        servingMs,
                        servingMs / staticServing,
                        kb);
            }
        } finally {
            app.close();
        }
    }

    /** The target asked {@code times} times in a row, each answer required to be 200. */
    private static void send(HttpClient session, String base, PageBench.Target target, int times) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(base + target.path())).GET().build();
        for (int i = 0; i < times; i++) {
            HttpResponse<Void> response = session.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
        }
    }

    private static double processCpuMs() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    /** The bench's own threads: the main thread sending and the HTTP client's selector and workers. */
    private static double clientCpuMs() {
        return threadsCpuMs(name -> name.equals("main") || name.startsWith("HttpClient"));
    }

    /** The server's request threads alone: no compiler, no garbage collector, steadier on a loaded machine. */
    private static double requestThreadsCpuMs() {
        return threadsCpuMs(name -> name.startsWith("http-nio") && name.contains("exec"));
    }

    private static double threadsCpuMs(Predicate<String> named) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (var info : threads.dumpAllThreads(false, false)) {
            if (named.test(info.getThreadName())) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e6;
    }

    /** What the server's request threads have allocated: the same from run to run, whatever the machine's load. */
    private static double requestThreadsKb() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (var info : threads.dumpAllThreads(false, false)) {
            String name = info.getThreadName();
            if (name.startsWith("http-nio") && name.contains("exec")) {
                bytes += Math.max(0, threads.getThreadAllocatedBytes(info.getThreadId()));
            }
        }
        return bytes / 1024.0;
    }

    /** The postmaster's time, its finished children's, and each live backend's. */
    private static double postgresCpuMs(long postmaster) throws IOException {
        long ticks = ticks(postmaster, true);
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String[] stat = stat(Long.parseLong(name));
                    if (Long.parseLong(stat[1]) == postmaster) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // a process that ended between the listing and the read
                }
            }
        }
        return ticks * TICK_MS;
    }

    private static long ticks(long pid, boolean withChildren) throws IOException {
        String[] stat = stat(pid);
        long t = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        return withChildren ? t + Long.parseLong(stat[13]) + Long.parseLong(stat[14]) : t;
    }

    /** /proc/PID/stat's fields after the command's name: [0] state, [1] parent, [11] utime, [12] stime… */
    private static String[] stat(long pid) throws IOException {
        String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return s.substring(s.lastIndexOf(')') + 2).split(" ");
    }
}
