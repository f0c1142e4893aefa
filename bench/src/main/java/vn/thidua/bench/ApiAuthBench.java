package vn.thidua.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.ServiceAccountCommand;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;

/**
 * Requests per second of one small API read (GET /api/v1/authorities/{id}) by another system: with
 * a service account's bearer token, and the same request with HTTP Basic (bcrypt of cost 10 on every
 * call), beside a static file served by the same application in the same run as the reference.
 * Usage: java ... vn.thidua.bench.ApiAuthBench [clients] [seconds]
 */
public final class ApiAuthBench {

    static final String PASSWORD = "Bench api mat khau 2026";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ConfigurableApplicationContext app = BenchApp.start("--thidua.security.http-basic=true");
        try {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            UserAccounts accounts = app.getBean(UserAccounts.class);
            long adminId = accounts.create(
                    new UserAccounts.NewUser("bench-admin", PASSWORD, "Quản trị đo", Role.ADMIN, null, null, null));
            CurrentUser admin = new CurrentUser(adminId, "bench-admin", "Quản trị đo", Role.ADMIN, null, null, null);
            long authority = app.getBean(AuthorityService.class)
                    .create(admin, new AuthorityCommand("bench-api", "Tỉnh đo API", AuthorityKind.PROVINCE))
                    .id();
            accounts.create(
                    new UserAccounts.NewUser("bench-board", PASSWORD, "Ban đo", Role.BOARD, authority, null, null));
            String token = app.getBean(AccountService.class)
                    .createService(admin, new ServiceAccountCommand("Hệ thống đo", Role.BOARD, authority, null))
                    .token();
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString(("bench-board:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            URI api = URI.create(base + "/api/v1/authorities/" + authority);
            URI file = URI.create(base + "/css/app.css");

            System.out.printf("%d clients, %d s each, after %d s of warm-up%n", clients, seconds, 3);
            report("static file /css/app.css (reference)", run(file, null, clients, seconds));
            report("API with a bearer token", run(api, "Bearer " + token, clients, seconds));
            report("API with HTTP Basic (bcrypt 10)", run(api, basic, clients, seconds));
        } finally {
            app.close();
        }
    }

    private static void report(String what, double perSecond) {
        System.out.printf("%-40s %,10.0f requests/s%n", what, perSecond);
    }

    /** Requests per second over {@code seconds}, after a warm-up of 3 s; every answer must be 200. */
    static double run(URI uri, String authorization, int clients, int seconds) throws InterruptedException {
        measure(uri, authorization, clients, 3);
        return measure(uri, authorization, clients, seconds) / (double) seconds;
    }

    private static long measure(URI uri, String authorization, int clients, int seconds) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                HttpRequest.Builder builder =
                        HttpRequest.newBuilder(uri).header("Accept", "application/json, text/css");
                if (authorization != null) {
                    builder.header("Authorization", authorization);
                }
                HttpRequest request = builder.GET().build();
                while (running.get()) {
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(uri + ": " + response.statusCode());
                        }
                        done.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get();
    }
}
