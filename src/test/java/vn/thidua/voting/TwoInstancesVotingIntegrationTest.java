package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.platform.db.EmbeddedCredentials;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProductionInstance;
import vn.thidua.support.Votes;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
import vn.thidua.voting.domain.ballot.Group;

/**
 * 300 member units cast an encrypted secret ballot at the same moment, half on this instance and
 * half on a second production instance on the same PostgreSQL (two servers behind a load balancer);
 * half of the ballots are encrypted by the client with their proofs, the others sent as option ids
 * for the server to encrypt. One unit in ten tries a second ballot on the other instance at the same
 * time. Every unit is counted exactly once: the primary key of the participation row holds across
 * instances, and the committee's count opens to the exact totals.
 */
@IntegrationTest
class TwoInstancesVotingIntegrationTest extends ApplicationTestBase {

    private static final int VOTERS = 300;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres database;

    @Autowired
    EmbeddedCredentials credentials;

    /** The choice of voter i: blank, "Không đồng ý" or "Đồng ý" (by position). */
    private static Set<Integer> choice(int i) {
        return i % 25 == 0 ? Set.of() : i % 3 == 0 ? Set.of(1) : Set.of(0);
    }

    /** Voters 0, 1, 4, 5, 8, … encrypt on their side; the others send option ids. */
    private static boolean encryptsItself(int i) {
        return i % 4 < 2;
    }

    @Test
    void threeHundredVotersOnTwoInstancesSomeTwiceOnBothAreEachCountedExactlyOnce() throws Exception {
        long t0 = System.nanoTime();
        // the second instance starts while the bloc is made here: both take a while and the machine has two cores
        CompletableFuture<ProductionInstance> starting = CompletableFuture.supplyAsync(() -> ProductionInstance.start(
                database,
                credentials,
                ProductionInstance.freePort(),
                "--thidua.security.http-basic=true",
                "--thidua.security.address-failures=100000"));
        BlocFixture.Bloc bloc = fixture.create(VOTERS, 2024);
        long fixtureDone = System.nanoTime();
        try (ProductionInstance second = starting.join()) {
            long secondUp = System.nanoTime();
            Api chair = Api.as(port, bloc.officer(0));
            long id = Votes.id(
                    Votes.yesOrNoFromTheLeader(port, bloc, "SECRET_BALLOT", "Đề nghị tặng Cờ thi đua cho Sở số 1?"));
            Committee committee = Committee.keys(port, id, bloc.officer(0));
            JsonNode vote = chair.get("/api/v1/votes/" + id).json();
            var key = Group.point(vote.get("publicKey").asString());
            List<Long> optionIds = List.of(
                    vote.get("options").get(0).get("id").asLong(),
                    vote.get("options").get(1).get("id").asLong());
            Votes.open(chair, id, "present", VOTERS);

            // every request made before the start: the client's own encryption is not the server's time
            int[] ports = {port, second.port()};
            String path = "/api/v1/votes/" + id + "/ballots";
            List<Callable<Api.Response>> casts = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            for (int i = 0; i < VOTERS; i++) {
                Set<Integer> marked = choice(i);
                String body = encryptsItself(i)
                        ? json("ballot", EncryptedBallot.encrypt(id, key, 2, 1, marked))
                        : json("optionIds", marked.stream().map(optionIds::get).toList());
                casts.add(cast(ready, Api.as(ports[i % 2], bloc.officer(i)), path, body));
                if (i % 10 == 0) {
                    // the same unit again, at the same time, on the other instance and in the other form
                    String again = encryptsItself(i)
                            ? json(
                                    "optionIds",
                                    marked.stream().map(optionIds::get).toList())
                            : json("ballot", EncryptedBallot.encrypt(id, key, 2, 1, marked));
                    casts.add(cast(ready, Api.as(ports[(i + 1) % 2], bloc.officer(i)), path, again));
                }
            }
            long prepared = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(casts.size());
            List<Api.Response> answers = new ArrayList<>();
            try {
                List<Future<Api.Response>> futures = new ArrayList<>();
                for (Callable<Api.Response> c : casts) {
                    futures.add(pool.submit(c));
                }
                ready.countDown();
                for (Future<Api.Response> f : futures) {
                    answers.add(f.get());
                }
            } finally {
                pool.shutdown();
            }
            long castDone = System.nanoTime();
            // statuses and refusals only: a failure prints what each answer said, not 330 vote views
            Map<String, Long> said = answers.stream()
                    .collect(Collectors.groupingBy(
                            a -> a.status() == 200 ? "200" : a.status() + " " + a.body(),
                            TreeMap::new,
                            Collectors.counting()));
            assertThat(said.get("200")).as(said.toString()).isEqualTo(VOTERS);
            assertThat(said).as(said.toString()).hasSize(2);
            String refusal = said.keySet().stream()
                    .filter(k -> !k.equals("200"))
                    .findFirst()
                    .orElseThrow();
            assertThat(said.get(refusal)).as(said.toString()).isEqualTo(VOTERS / 10);
            assertThat(refusal).startsWith("409 ").contains("đã bỏ phiếu");
            assertThat(answers.stream()
                            .filter(a -> a.status() == 200)
                            .map(a -> a.json().get("trackingCode").asString())
                            .distinct())
                    .hasSize(VOTERS);
            assertThat(count("SELECT count(*) FROM vote_participation WHERE vote_id = :v", id))
                    .isEqualTo(VOTERS);
            assertThat(count("SELECT count(*) FROM vote_encrypted_ballot WHERE vote_id = :v", id))
                    .isEqualTo(VOTERS);

            Votes.close(chair, id);
            JsonNode counted = committee.count();
            int[] expected = new int[3];
            for (int i = 0; i < VOTERS; i++) {
                expected[choice(i).isEmpty() ? 2 : choice(i).iterator().next()]++;
            }
            assertThat(counted.get("status").asString()).isEqualTo("VERIFIED");
            JsonNode tally = counted.get("tally");
            assertThat(tally.get("cast").asInt()).isEqualTo(VOTERS);
            assertThat(tally.get("lines").get(0).get("ballots").asInt())
                    .isEqualTo(expected[0])
                    .isEqualTo(192);
            assertThat(tally.get("lines").get(1).get("ballots").asInt())
                    .isEqualTo(expected[1])
                    .isEqualTo(96);
            assertThat(tally.get("blank").asInt()).isEqualTo(expected[2]).isEqualTo(12);
            System.out.printf(
                    "two instances, 300 voters: bloc %d ms, second instance ready %d ms later, casting %d ms, "
                            + "the rest %d ms%n",
                    (fixtureDone - t0) / 1_000_000,
                    (secondUp - fixtureDone) / 1_000_000,
                    (castDone - prepared) / 1_000_000,
                    (System.nanoTime() - castDone) / 1_000_000);
        }
    }

    private static Callable<Api.Response> cast(CountDownLatch ready, Api api, String path, String body) {
        return () -> {
            ready.await();
            return api.post(path, body);
        };
    }

    private long count(String sql, long voteId) {
        return jdbc.sql(sql).param("v", voteId).query(Long.class).single();
    }
}
