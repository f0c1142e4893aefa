package vn.thidua.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ThiDuaApplication;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/**
 * N representatives (default 300) cast a secret ballot at once, half of them on each of two
 * application instances sharing one PostgreSQL; one in ten tries a second ballot. Each signs in
 * first (form login, as in the browser), then all cast together through the ballot form; the time
 * of each cast is measured. Then the database is asked whether every unit was counted exactly once.
 * Usage: java ... vn.thidua.bench.VotingBench [voters]
 */
public final class VotingBench {

    static final String PASSWORD = "Bench@2026-vote";

    public static void main(String[] args) throws Exception {
        int voters = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        ConfigurableApplicationContext a = new SpringApplicationBuilder(ThiDuaApplication.class)
                .run("--thidua.db.embedded.data-dir=target/bench-postgres", "--thidua.db.embedded.clean=true",
                        "--thidua.demo-data=false", "--logging.level.root=WARN", "--server.port=0");
        HikariDataSource shared = a.getBean(HikariDataSource.class);
        ConfigurableApplicationContext b = new SpringApplicationBuilder(ThiDuaApplication.class)
                .run("--thidua.db.url=" + shared.getJdbcUrl(), "--thidua.db.user=" + shared.getUsername(),
                        "--thidua.db.password=" + (shared.getPassword() == null ? "" : shared.getPassword()),
                        "--thidua.demo-data=false", "--logging.level.root=WARN", "--server.port=0");
        try {
            String[] bases = {"http://localhost:" + a.getEnvironment().getProperty("local.server.port"),
                    "http://localhost:" + b.getEnvironment().getProperty("local.server.port")};
            CurrentUser admin = new CurrentUser(0, "bench", "Bench", Role.ADMIN, null, null, null);
            long authority = a.getBean(AuthorityService.class).create(admin,
                    new AuthorityCommand("bench-vote", "Tỉnh đo biểu quyết", AuthorityKind.PROVINCE)).id();
            List<Long> units = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                long unit = a.getBean(UnitService.class).create(admin, new UnitCommand(authority, "Đơn vị " + (i + 1), null,
                        UnitKind.SO)).id();
                units.add(unit);
                a.getBean(UserAccounts.class).create(new UserAccounts.NewUser("voter-" + i, PASSWORD, "Đại biểu " + i,
                        Role.UNIT_OFFICER, null, unit, null));
            }
            BlocService blocs = a.getBean(BlocService.class);
            long bloc = blocs.create(admin, new BlocCommand(authority, "Khối đo biểu quyết", BlocKind.KHOI, null)).id();
            long year = blocs.createYear(admin, bloc, new BlocYearCommand(2025, units, units.get(0), units.get(1))).id();
            VotingService voting = a.getBean(VotingService.class);
            VoteView vote = voting.create(admin, year, new VoteCommand(VoteSubject.BLOC_PROPOSAL,
                    "Đề nghị tặng Cờ thi đua?", VoteMethod.SECRET_BALLOT, List.of("Đồng ý", "Không đồng ý"), List.of(), 1));
            voting.open(admin, vote.id(), voters, null);
            long yes = vote.options().get(0).id();

            List<Voter> sessions = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                sessions.add(Voter.signIn(bases[i % 2], "voter-" + i, vote.id()));
            }
            int attempts = voters + voters / 10;
            long[] micros = new long[attempts];
            AtomicInteger next = new AtomicInteger();
            CyclicBarrier start = new CyclicBarrier(voters);
            CountDownLatch done = new CountDownLatch(voters);
            for (int i = 0; i < voters; i++) {
                Voter voter = sessions.get(i);
                boolean twice = i % 10 == 0;
                new Thread(() -> {
                    try {
                        start.await();
                        micros[next.getAndIncrement()] = voter.cast(yes);
                        if (twice) {
                            micros[next.getAndIncrement()] = voter.cast(yes);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        done.countDown();
                    }
                }).start();
            }
            done.await();
            long[] sorted = Arrays.copyOf(micros, next.get());
            Arrays.sort(sorted);
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            long participants = jdbc.sql("SELECT count(*) FROM vote_participation WHERE vote_id = :v").param("v", vote.id())
                    .query(Long.class).single();
            int cast = jdbc.sql("SELECT sum(cast_count)::int FROM vote_ballots WHERE vote_id = :v").param("v", vote.id())
                    .query(Integer.class).single();
            int forYes = jdbc.sql("SELECT sum(ballots)::int FROM vote_tally WHERE option_id = :o").param("o", yes).query(Integer.class).single();
            System.out.printf("%d voters on 2 instances, %d casts (%d second tries): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    voters, sorted.length, voters / 10, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1000.0);
            System.out.printf("counted: %d participants, %d ballots cast, %d for the option: %s%n", participants, cast, forYes,
                    participants == voters && cast == voters && forYes == voters ? "every ballot exactly once" : "MISCOUNTED");
        } finally {
            b.close();
            a.close();
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    /** One representative's browser: a signed-in session and the CSRF token of the vote page. */
    record Voter(HttpClient http, String base, long voteId, String csrf) {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        static Voter signIn(String base, String user, long voteId) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(login);
            m.find();
            http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + URLEncoder.encode(PASSWORD,
                            StandardCharsets.UTF_8) + "&_csrf=" + m.group(1))).build(), HttpResponse.BodyHandlers.discarding());
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/votes/" + voteId)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("no ballot form for " + user);
            }
            return new Voter(http, base, voteId, token.group(1));
        }

        long cast(long option) throws Exception {
            long t0 = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create(base + "/votes/" + voteId + "/ballots"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("optionIds=" + option + "&_csrf=" + csrf)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return (System.nanoTime() - t0) / 1000;
        }
    }
}
