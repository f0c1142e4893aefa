package vn.thidua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Many workers at once on one instance, as a province's day would mix them (issue 20): half are signed-in
 * board sessions walking the pages the browser tests visit, half are another system with a service token
 * reading the API (a bloc year's results and progress, a unit), asking the eligibility engine, and writing
 * (a unit's telephone number through {@code PUT /api/v1/units/{id}} with the version it read, a few units
 * shared by all writers, so that concurrent writers meet: their 409 is the expected answer of optimistic
 * locking, not an error). Closed loop, no think time; the static file measured alone before, as the
 * reference. Every answer but 200, 201 and a write's 409 is an error.
 * Usage: java ... vn.thidua.bench.MixedBench [workers] [seconds]  (200 and 60 for the figure).
 */
public final class MixedBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHECK = """
            {"year": 2024, "award": "CSTD_TINH", "commendationType": "THUONG_XUYEN",
             "subject": {"kind": "INDIVIDUAL",
               "records": [{"year": 2021, "award": "CSTD_CS"}, {"year": 2022, "award": "CSTD_CS"}],
               "ratings": [{"year": 2024, "rating": "HTXSNV"}], "initiatives": [{"year": 2024, "level": "TINH"}],
               "monthsWorked": 12}}""";

    private MixedBench() {}

    /** One kind of request: what it is, and its latencies and answers. */
    static final class Kind {
        final String name;
        final boolean write;
        final List<long[]> latencies = new ArrayList<>();
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final Map<String, String> firstErrors = new ConcurrentHashMap<>();

        Kind(String name, boolean write) {
            this.name = name;
            this.write = write;
        }
    }

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        ConfigurableApplicationContext app = BenchApp.startOn(
                "target/bench-mixed-postgres",
                true,
                "--thidua.demo-data=true",
                "--thidua.security.two-factor-required=false");
        try {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            PageBench.DemoBoard board = PageBench.DemoBoard.of(app, "Hệ thống đo tải hỗn hợp");
            long year = board.year();
            String token = "Bearer " + board.token();
            List<Long> sharedUnits = JdbcClient.create(app.getBean(DataSource.class))
                    .sql("SELECT id FROM unit WHERE authority_id = ? ORDER BY id LIMIT 5")
                    .param(board.authority())
                    .query(Long.class)
                    .list();
            List<String> pages = List.of(
                    "/",
                    "/bloc-years/" + year,
                    "/bloc-years/" + year + "/results",
                    "/proposals",
                    "/awards",
                    "/units",
                    "/blocs");
            Kind page = new Kind("page", false);
            Kind apiRead = new Kind("api read", false);
            Kind check = new Kind("api check", false);
            Kind apiWrite = new Kind("api write", true);
            List<Kind> kinds = List.of(page, apiRead, check, apiWrite);

            int sessions = workers / 2;
            List<HttpClient> signedIn = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                signedIn.add(BenchApp.signIn(base, PageBench.BOARD, PageBench.DEMO_PASSWORD));
            }
            double reference = PageBench.load(
                            base,
                            new PageBench.Target("static", "/css/app.css", null),
                            signedIn,
                            Math.max(1, seconds / 6))
                    .perSecond();
            System.out.printf(
                    "%d workers (%d signed-in board sessions on pages, %d API clients with a service token), %d s"
                            + " after %d s of warm-up; static file alone: %.0f/s%n",
                    workers, sessions, workers - sessions, seconds, Math.max(1, seconds / 4), reference);

            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean stop = new AtomicBoolean(false);
            CountDownLatch done = new CountDownLatch(workers);
            for (int w = 0; w < workers; w++) {
                boolean browser = w < sessions;
                HttpClient http = browser
                        ? signedIn.get(w)
                        : HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .build();
                long[][] mine = new long[kinds.size()][];
                for (int k = 0; k < kinds.size(); k++) {
                    mine[k] = new long[200_000];
                    synchronized (kinds.get(k).latencies) {
                        kinds.get(k).latencies.add(mine[k]);
                    }
                }
                int[] filled = new int[kinds.size()];
                int me = w;
                Thread thread = new Thread(() -> {
                    int step = me;
                    while (!stop.get()) {
                        step++;
                        Kind kind;
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            if (browser) {
                                kind = page;
                                status = get(http, base + pages.get(step % pages.size()), null);
                            } else if (step % 4 == 0) {
                                kind = apiWrite;
                                status = writeUnit(http, base, token, sharedUnits.get(step % sharedUnits.size()));
                            } else if (step % 4 == 1) {
                                kind = check;
                                status = post(http, base + "/api/v1/eligibility/check", token, CHECK);
                            } else {
                                kind = apiRead;
                                String path = step % 4 == 2
                                        ? "/api/v1/bloc-years/" + year + "/results"
                                        : "/api/v1/bloc-years/" + year + "/progress";
                                status = get(http, base + path, token);
                            }
                        } catch (Exception e) {
                            kind = browser ? page : apiRead;
                            status = -1;
                        }
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (!measuring.get()) {
                            continue;
                        }
                        int k = kinds.indexOf(kind);
                        if (filled[k] < mine[k].length) {
                            mine[k][filled[k]++] = micros;
                        }
                        kind.count.incrementAndGet();
                        if (status == 409 && kind.write) {
                            kind.conflicts.incrementAndGet();
                        } else if (status != 200 && status != 201) {
                            kind.errors.incrementAndGet();
                            kind.firstErrors.putIfAbsent(String.valueOf(status), kind.name);
                        }
                    }
                    done.countDown();
                });
                thread.start();
            }
            Thread.sleep(Math.max(1, seconds / 4) * 1000L);
            measuring.set(true);
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            measuring.set(false);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            stop.set(true);
            done.await();

            System.out.printf(
                    "%-10s %9s %9s %9s %9s %9s %7s %7s%n",
                    "kind", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "409", "errors");
            List<Long> every = new ArrayList<>();
            int errors = 0;
            for (Kind kind : kinds) {
                long[] sorted = kind.latencies.stream()
                        .flatMapToLong(Arrays::stream)
                        .filter(v -> v > 0)
                        .sorted()
                        .toArray();
                for (long v : sorted) {
                    every.add(v);
                }
                errors += kind.errors.get();
                System.out.printf(
                        "%-10s %9d %9.0f %9.1f %9.1f %9.1f %7d %7d%n",
                        kind.name,
                        kind.count.get(),
                        kind.count.get() / elapsed,
                        PageBench.Load.pct(sorted, 50),
                        PageBench.Load.pct(sorted, 90),
                        PageBench.Load.pct(sorted, 99),
                        kind.conflicts.get(),
                        kind.errors.get());
                kind.firstErrors.forEach((status, name) -> System.out.println("  " + name + " answered " + status));
            }
            long[] all = every.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "%-10s %9d %9.0f %9.1f %9.1f %9.1f %7s %7d   (all: %.3f × the static file alone)%n",
                    "all",
                    all.length,
                    all.length / elapsed,
                    PageBench.Load.pct(all, 50),
                    PageBench.Load.pct(all, 90),
                    PageBench.Load.pct(all, 99),
                    "",
                    errors,
                    all.length / elapsed / reference);
            if (Boolean.getBoolean("strict") && errors > 0) {
                throw new IllegalStateException(errors + " answers were errors");
            }
        } finally {
            app.close();
        }
    }

    static int get(HttpClient http, String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", authorization == null ? "text/html,*/*" : "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static int post(HttpClient http, String url, String authorization, String json) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", authorization)
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * Reads a unit, changes its telephone number and writes it back with the version read: 200, or 409 if another
     * writer was first.
     */
    static int writeUnit(HttpClient http, String base, String token, long unitId) throws Exception {
        String url = base + "/api/v1/units/" + unitId;
        HttpResponse<String> read = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", token)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (read.statusCode() != 200) {
            return read.statusCode();
        }
        JsonNode unit = JSON.readTree(read.body());
        ObjectNode command = JSON.createObjectNode();
        command.put("authorityId", unit.get("authorityId").asLong());
        command.put("name", unit.get("name").asString());
        command.set("shortName", unit.get("shortName"));
        command.put("kind", unit.get("kind").asString());
        command.set("email", unit.get("email"));
        command.put("phone", "0205 " + (3_000_000 + ThreadLocalRandom.current().nextInt(999_999)));
        command.put("version", unit.get("version").asLong());
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", token)
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(command)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
