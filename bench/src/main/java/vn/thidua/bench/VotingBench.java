package vn.thidua.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
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
import vn.thidua.voting.CloseVote;
import vn.thidua.voting.CommitteeCount;
import vn.thidua.voting.CountingCommittee;
import vn.thidua.voting.Decryption;
import vn.thidua.voting.KeyRegistration;
import vn.thidua.voting.OpenVote;
import vn.thidua.voting.VoteClosing;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteOpening;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.domain.ballot.Ciphertext;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
import vn.thidua.voting.domain.ballot.Group;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;

/**
 * N representatives (default 300) cast an encrypted secret ballot at once, half of them on each of
 * two application instances sharing one PostgreSQL; one in ten tries a second ballot at the same
 * time on the other instance. Each signs in first (form login, as in the browser) and its ballot is
 * encrypted beforehand as its browser would (the client's time is not the server's); then all are
 * released together and post the ballot form, which the server takes only once every proof verifies.
 * The time of each cast is measured, from request to response.
 *
 * <p>In the same run, as references: the same burst of requests for a static file behind the same
 * security chain with the same sessions, and the verification of the proofs alone in-process, one
 * ballot after another on one thread. Then the vote is closed and counted by its committee of three
 * trustees (the close, the three partial decryptions, each with its proofs checked, and the count),
 * timed through the services. Each round is a new vote with the same voters; the first round runs
 * on a cold JIT.
 *
 * <p>Usage: java ... vn.thidua.bench.VotingBench [voters] [rounds]
 */
public final class VotingBench {

    static final String PASSWORD = "Bench@2026-vote";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int TRUSTEES = 3;

    public static void main(String[] args) throws Exception {
        int voters = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        // bcrypt's cost only makes the setup's 300 accounts and sign-ins slower; no cast checks a password
        ConfigurableApplicationContext a =
                BenchApp.start("--thidua.security.bcrypt-strength=4", "--thidua.security.address-failures=100000");
        HikariDataSource shared = a.getBean(HikariDataSource.class);
        ConfigurableApplicationContext b = new SpringApplicationBuilder(ThiDuaApplication.class)
                .run(
                        "--thidua.db.url=" + shared.getJdbcUrl(),
                        "--thidua.db.user=" + shared.getUsername(),
                        "--thidua.db.password=" + (shared.getPassword() == null ? "" : shared.getPassword()),
                        "--thidua.demo-data=false",
                        "--logging.level.root=WARN",
                        "--server.port=0",
                        "--thidua.security.bcrypt-strength=4",
                        "--thidua.security.address-failures=100000");
        try {
            String[] bases = {
                "http://localhost:" + a.getEnvironment().getProperty("local.server.port"),
                "http://localhost:" + b.getEnvironment().getProperty("local.server.port")
            };
            CurrentUser admin = new CurrentUser(0, "bench", "Bench", Role.ADMIN, null, null, null);
            long authority = a.getBean(AuthorityService.class)
                    .create(admin, new AuthorityCommand("bench-vote", "Tỉnh đo biểu quyết", AuthorityKind.PROVINCE))
                    .id();
            UserAccounts accounts = a.getBean(UserAccounts.class);
            List<Long> units = new ArrayList<>();
            Map<String, CurrentUser> people = new HashMap<>();
            for (int i = 0; i < voters; i++) {
                long unit = a.getBean(UnitService.class)
                        .create(admin, new UnitCommand(authority, "Đơn vị " + (i + 1), null, UnitKind.SO))
                        .id();
                units.add(unit);
                long id = accounts.create(new UserAccounts.NewUser(
                        "voter-" + i, PASSWORD, "Đại biểu " + i, Role.UNIT_OFFICER, null, unit, null));
                people.put(
                        "voter-" + i,
                        new CurrentUser(id, "voter-" + i, "Đại biểu " + i, Role.UNIT_OFFICER, null, unit, null));
            }
            long boardId = accounts.create(
                    new UserAccounts.NewUser("bench-board", PASSWORD, "Ban đo", Role.BOARD, authority, null, null));
            people.put(
                    "bench-board",
                    new CurrentUser(boardId, "bench-board", "Ban đo", Role.BOARD, authority, null, null));
            BlocService blocs = a.getBean(BlocService.class);
            long bloc = blocs.create(admin, new BlocCommand(authority, "Khối đo biểu quyết", BlocKind.KHOI, null))
                    .id();
            long year = blocs.createYear(admin, bloc, new BlocYearCommand(2025, units, units.get(0), units.get(1)))
                    .id();
            // a first vote only to reach its page and its form's token once per session
            Prepared first = newVote(a, admin, year, voters, people);

            List<Voter> sessions = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                sessions.add(
                        Voter.signIn(bases[i % 2], "voter-" + i, first.vote().id()));
            }
            System.out.printf(
                    "%d voters, half on each of 2 instances, one in ten twice (the second on the other instance); "
                            + "%d trustees; %d cores; %d rounds%n",
                    voters, TRUSTEES, Runtime.getRuntime().availableProcessors(), rounds);
            for (int round = 1; round <= rounds; round++) {
                Prepared vote = round == 1 ? first : newVote(a, admin, year, voters, people);
                round(a, round, vote, sessions, bases, admin, people);
            }
        } finally {
            b.close();
            a.close();
        }
    }

    record Prepared(VoteView vote, Map<String, BigInteger> secrets, Map<String, Long> trusteeIds) {}

    /**
     * A secret ballot with its committee of three (the board, the officers of units 1 and 2), keys registered, opened.
     */
    static Prepared newVote(
            ConfigurableApplicationContext app,
            CurrentUser admin,
            long year,
            int voters,
            Map<String, CurrentUser> people) {
        VotingService voting = app.getBean(VotingService.class);
        CountingCommittee committee = app.getBean(CountingCommittee.class);
        List<String> trustees = List.of("bench-board", "voter-1", "voter-2");
        VoteView vote = voting.create(
                admin,
                year,
                new VoteCommand(
                        VoteSubject.BLOC_PROPOSAL,
                        "Đề nghị tặng Cờ thi đua?",
                        VoteMethod.SECRET_BALLOT,
                        List.of("Đồng ý", "Không đồng ý"),
                        List.of(),
                        1,
                        VoteElectorate.MEMBER_UNITS,
                        trustees));
        Map<String, BigInteger> secrets = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (VoteView.Trustee trustee : committee.members(vote.id())) {
            KeyShare.Generated key = KeyShare.generate(KeyShare.context(vote.id(), trustee.id()));
            committee.registerKey(people.get(trustee.username()), vote.id(), KeyRegistration.of(key.share(), null));
            secrets.put(trustee.username(), Group.scalar(key.secret()));
            ids.put(trustee.username(), trustee.id());
        }
        // the chair opens with the number present and the version it read, as the page does
        app.getBean(VoteOpening.class)
                .open(
                        admin,
                        vote.id(),
                        new OpenVote(
                                voters, null, null, voting.get(admin, vote.id()).version()));
        return new Prepared(voting.get(admin, vote.id()), secrets, ids);
    }

    static void round(
            ConfigurableApplicationContext app,
            int round,
            Prepared prepared,
            List<Voter> sessions,
            String[] bases,
            CurrentUser admin,
            Map<String, CurrentUser> people)
            throws Exception {
        VoteView vote = prepared.vote();
        int voters = sessions.size();
        var key = Group.point(vote.publicKey());
        // each browser encrypts its ballot first: one in three says no, one in twenty-five is blank
        List<String> ballots = new ArrayList<>();
        List<String> seconds = new ArrayList<>();
        List<EncryptedBallot> checked = new ArrayList<>();
        long e0 = System.nanoTime();
        for (int i = 0; i < voters; i++) {
            Set<Integer> marked = i % 25 == 0 ? Set.of() : i % 3 == 0 ? Set.of(1) : Set.of(0);
            EncryptedBallot ballot = EncryptedBallot.encrypt(vote.id(), key, 2, 1, marked);
            checked.add(ballot);
            ballots.add(JSON.writeValueAsString(ballot));
            seconds.add(
                    i % 10 == 0
                            ? JSON.writeValueAsString(EncryptedBallot.encrypt(vote.id(), key, 2, 1, marked))
                            : null);
        }
        double encryptMs = (System.nanoTime() - e0) / 1e6 / (voters + twice(voters));

        // reference 1: the verification alone, in-process, one thread
        long v0 = System.nanoTime();
        for (EncryptedBallot ballot : checked) {
            if (ballot.defect(vote.id(), key, 2, 1) != null) {
                throw new IllegalStateException("a ballot made here does not verify");
            }
        }
        double verifyMs = (System.nanoTime() - v0) / 1e6 / voters;

        // reference 2: the same burst for a static file behind the same security chain, the same sessions
        Burst reference = burst(
                sessions,
                bases,
                i -> sessions.get(i).get("/css/app.css"),
                (i, other) -> sessions.get(i).onBase(other).get("/css/app.css"));
        // the measure: the ballots, with one in ten sent again at the same time to the other instance
        // (-Dprofile=file.jfr: a flight recording of the bursts of casts only, every round's)
        jdk.jfr.Recording recording = null;
        if (System.getProperty("profile") != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        Burst casts = burst(
                sessions,
                bases,
                i -> sessions.get(i).cast(vote.id(), ballots.get(i)),
                (i, other) -> sessions.get(i).onBase(other).cast(vote.id(), seconds.get(i)));

        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(System.getProperty("profile").replace(".jfr", "-" + round + ".jfr")));
            recording.close();
        }
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long participants = jdbc.sql("SELECT count(*) FROM vote_participation WHERE vote_id = :v")
                .param("v", vote.id())
                .query(Long.class)
                .single();
        long boxed = jdbc.sql("SELECT count(*) FROM vote_encrypted_ballot WHERE vote_id = :v")
                .param("v", vote.id())
                .query(Long.class)
                .single();

        // the closing: close, each trustee's partial decryption (its own computation, then the server's check), the
        // count
        VotingService voting = app.getBean(VotingService.class);
        CommitteeCount committee = app.getBean(CommitteeCount.class);
        long c0 = System.nanoTime();
        app.getBean(VoteClosing.class)
                .close(
                        admin,
                        vote.id(),
                        new CloseVote(null, voting.get(admin, vote.id()).version()));
        VoteView closed = voting.get(admin, vote.id());
        long c1 = System.nanoTime();
        long trusteesOwn = 0;
        long serverDecrypt = 0;
        for (Map.Entry<String, BigInteger> trustee : prepared.secrets().entrySet()) {
            long t0 = System.nanoTime();
            List<PartialDecryption> shares = new ArrayList<>();
            for (VoteView.CipherPair total : closed.encryptedTotals()) {
                shares.add(PartialDecryption.of(
                        KeyShare.context(vote.id(), prepared.trusteeIds().get(trustee.getKey())),
                        trustee.getValue(),
                        Ciphertext.of(total.a(), total.b())));
            }
            long t1 = System.nanoTime();
            committee.decrypt(people.get(trustee.getKey()), vote.id(), new Decryption(shares, null));
            long t2 = System.nanoTime();
            trusteesOwn += t1 - t0;
            serverDecrypt += t2 - t1;
        }
        VoteView counted = voting.get(admin, vote.id());
        int yes = counted.tally().lines().get(0).ballots();
        int no = counted.tally().lines().get(1).ballots();
        int expectedNo = 0;
        int expectedBlank = 0;
        for (int i = 0; i < voters; i++) {
            if (i % 25 == 0) {
                expectedBlank++;
            } else if (i % 3 == 0) {
                expectedNo++;
            }
        }
        boolean exact = participants == voters
                && boxed == voters
                && casts.other == 0
                && counted.tally().cast() == voters
                && no == expectedNo
                && counted.tally().blank() == expectedBlank
                && yes == voters - expectedNo - expectedBlank;

        System.out.printf("%nround %d (vote %d)%n", round, vote.id());
        System.out.printf(
                "  client: encrypting one ballot %.2f ms; reference: verifying one ballot's proofs alone, in-process %.2f ms%n",
                encryptMs, verifyMs);
        System.out.printf("  reference: static file, %s%n", reference);
        System.out.printf("  cast with proofs verified: %s%n", casts);
        System.out.printf(
                "  answers: %d redirected back to the vote page, %d other; counted: %d participants, %d ballots in the box, "
                        + "cast %d, yes %d, no %d, blank %d: %s%n",
                casts.ok,
                casts.other,
                participants,
                boxed,
                counted.tally().cast(),
                yes,
                no,
                counted.tally().blank(),
                exact ? "every ballot exactly once" : "MISCOUNTED");
        System.out.printf(
                "  closing with %d trustees: %.0f ms on the servers (close %.0f ms, the three partial decryptions "
                        + "checked and the count %.0f ms); the trustees' own computation %.0f ms%n",
                TRUSTEES, (c1 - c0 + serverDecrypt) / 1e6, (c1 - c0) / 1e6, serverDecrypt / 1e6, trusteesOwn / 1e6);
    }

    interface Request {
        int send(int voter) throws Exception;
    }

    interface Again {
        int send(int voter, String otherBase) throws Exception;
    }

    /** How many voters send twice: those whose index is a multiple of ten (0, 10, 20, …), also below ten voters. */
    static int twice(int voters) {
        return (voters + 9) / 10;
    }

    /** Latencies of one burst: every voter's request released at once, one in ten twice (on the other instance). */
    record Burst(long[] sorted, long wallNanos, int ok, int other) {

        @Override
        public String toString() {
            return String.format(
                    "%d requests in %.0f ms (%.0f/s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    sorted.length,
                    wallNanos / 1e6,
                    sorted.length / (wallNanos / 1e9),
                    pct(sorted, 50),
                    pct(sorted, 95),
                    pct(sorted, 99),
                    sorted[sorted.length - 1] / 1000.0);
        }
    }

    /**
     * -Dspread=MILLIS: the voters press over that many milliseconds (voter i at i/voters of it, its
     * second try at the same moment) instead of all in the same instant, as people in a room do.
     */
    static final long SPREAD_MILLIS = Long.getLong("spread", 0);

    static Burst burst(List<Voter> sessions, String[] bases, Request request, Again again) throws Exception {
        int voters = sessions.size();
        long[] micros = new long[voters + twice(voters) + 1];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicLong started = new AtomicLong();
        CyclicBarrier start = new CyclicBarrier(voters + twice(voters), () -> started.set(System.nanoTime()));
        CountDownLatch done = new CountDownLatch(voters + twice(voters));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            int voter = i;
            long delay = SPREAD_MILLIS * i / voters;
            threads.add(
                    new Thread(() -> timed(start, done, micros, next, ok, other, delay, () -> request.send(voter))));
            if (i % 10 == 0) {
                String otherBase = bases[(i + 1) % 2];
                threads.add(new Thread(
                        () -> timed(start, done, micros, next, ok, other, delay, () -> again.send(voter, otherBase))));
            }
        }
        threads.forEach(Thread::start);
        done.await();
        long wall = System.nanoTime() - started.get();
        long[] sorted = Arrays.copyOf(micros, next.get());
        Arrays.sort(sorted);
        return new Burst(sorted, wall, ok.get(), other.get());
    }

    private static void timed(
            CyclicBarrier start,
            CountDownLatch done,
            long[] micros,
            AtomicInteger next,
            AtomicInteger ok,
            AtomicInteger other,
            long delayMillis,
            Callable<Integer> send) {
        try {
            start.await();
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            long t0 = System.nanoTime();
            int outcome = send.call();
            micros[next.getAndIncrement()] = (System.nanoTime() - t0) / 1000;
            (outcome == 1 ? ok : other).incrementAndGet();
        } catch (Exception e) {
            other.incrementAndGet();
            e.printStackTrace();
        } finally {
            done.countDown();
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    /** One representative's browser: a signed-in session (shared by both instances) and the CSRF token of its pages. */
    record Voter(HttpClient http, String base, String csrf) {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        static Voter signIn(String base, String user, long voteId) throws Exception {
            HttpClient http = BenchApp.signIn(base, user, PASSWORD);
            String page = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/votes/" + voteId))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher token = CSRF.matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("no form on the vote page for " + user);
            }
            return new Voter(http, base, token.group(1));
        }

        /** The same browser (its cookies) sending to the other instance. */
        Voter onBase(String other) {
            return new Voter(http, other, csrf);
        }

        int get(String path) throws Exception {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == 200 ? 1 : 3;
        }

        /**
         * Posts the ballot form as the vote page does: 1 if answered with the redirect back to the
         * vote page (taken, or refused with its message), 3 otherwise. Whether each unit counted once
         * is read from the database and the count afterwards.
         */
        int cast(long voteId, String ballotJson) throws Exception {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/votes/" + voteId + "/ballots"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "ballot=" + URLEncoder.encode(ballotJson, StandardCharsets.UTF_8) + "&_csrf="
                                            + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 302 ? 1 : 3;
        }
    }
}
