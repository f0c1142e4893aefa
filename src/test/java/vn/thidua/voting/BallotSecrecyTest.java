package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Votes;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
import vn.thidua.voting.domain.ballot.Group;

/**
 * The database administrator's attack on a vote of ten electors, with full SQL as a superuser:
 * every table with its row versions' transaction ids, and the write-ahead log through
 * pg_walinspect, during the vote and after it. What a ballot's transaction leaves is the
 * participation row and an encrypted ballot, nothing else; no plain count exists before the
 * committee opens the totals; and the committee's keys give exactly the right totals.
 */
@IntegrationTest
class BallotSecrecyTest extends ApplicationTestBase {

    @Autowired
    EmbeddedPostgres postgres;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aDatabaseAdministratorLearnsWhoVotedNeverWhatAndTheCommitteeGetsTheTotals() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(10, 2024);
        JsonNode vote = Votes.yesOrNo(
                Api.as(port, bloc.officer(0)),
                bloc,
                "SECRET_BALLOT",
                "Đề nghị tặng Cờ thi đua?",
                bloc.board(),
                bloc.officer(5));
        long id = vote.get("id").asLong();
        long yes = vote.get("options").get(0).get("id").asLong();
        long no = vote.get("options").get(1).get("id").asLong();
        Committee committee = Committee.keys(port, id, bloc.officer(0));
        Votes.open(Api.as(port, bloc.officer(0)), id, "present", 10);
        String key = Api.as(port, bloc.officer(0))
                .get("/api/v1/votes/" + id)
                .json()
                .get("publicKey")
                .asString();

        try (Connection dba = postgres.getPostgresDatabase().getConnection();
                Statement sql = dba.createStatement()) {
            sql.execute("SET search_path = public, pg_catalog");
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_walinspect");

            // the administrator puts a key of its own on the vote: no ballot is taken under it
            String own = Group.hex(Group.base(Group.randomScalar()));
            sql.execute("UPDATE vote SET public_key = '" + own + "' WHERE id = " + id);
            assertThat(Votes.ballot(Api.as(port, bloc.officer(9)), id, List.of(yes))
                            .body())
                    .contains("Khóa của cuộc bỏ phiếu không khớp với khóa của Ban kiểm phiếu");
            sql.execute("UPDATE vote SET public_key = '" + key + "' WHERE id = " + id);
            String start = one(sql, "SELECT pg_current_wal_lsn()::text");

            // six say yes, three no, one blank; half encrypt on their own device, half let the server do it
            for (int i = 0; i < 10; i++) {
                String choice = i < 6 ? "yes" : i < 9 ? "no" : "blank";
                List<Long> marked = choice.equals("yes") ? List.of(yes) : choice.equals("no") ? List.of(no) : List.of();
                String body = i % 2 == 0
                        ? json("optionIds", marked)
                        : "{\"ballot\":"
                                + json.writeValueAsString(EncryptedBallot.encrypt(
                                        id,
                                        Group.point(key),
                                        2,
                                        1,
                                        marked.isEmpty() ? Set.of() : Set.of(marked.get(0) == yes ? 0 : 1)))
                                + "}";
                assertThat(Api.as(port, bloc.officer(i))
                                .post("/api/v1/votes/" + id + "/ballots", body)
                                .status())
                        .isEqualTo(200);
            }
            // the test server commits without waiting for the disk (synchronous_commit off) and pg_walinspect
            // reads only what is flushed: wait until every ballot's records are
            String afterBallots = one(sql, "SELECT pg_current_wal_insert_lsn()::text");
            for (int wait = 0;
                    wait < 100
                            && !one(sql, "SELECT pg_current_wal_flush_lsn() >= '" + afterBallots + "'::pg_lsn")
                                    .equals("t");
                    wait++) {
                Thread.sleep(100);
            }

            // 1. the rows: each voter's transaction id, and every row of every table written by it
            Map<String, Long> transactionOf = new HashMap<>();
            try (ResultSet rs = sql.executeQuery(
                    "SELECT elector, xmin::text::bigint FROM vote_participation WHERE vote_id = " + id)) {
                while (rs.next()) {
                    transactionOf.put(rs.getString(1), rs.getLong(2));
                }
            }
            assertThat(transactionOf)
                    .as("who voted is known to the administrator")
                    .hasSize(10);
            List<String> tables = list(sql, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
            for (Map.Entry<String, Long> voter : transactionOf.entrySet()) {
                Set<String> written = new HashSet<>();
                for (String table : tables) {
                    if (!one(
                                    sql,
                                    "SELECT count(*) FROM \"" + table + "\" WHERE xmin::text::bigint = "
                                            + voter.getValue())
                            .equals("0")) {
                        written.add(table);
                    }
                }
                assertThat(written)
                        .as("what the ballot of %s left", voter.getKey())
                        .containsExactlyInAnyOrder("vote_participation", "vote_encrypted_ballot");
            }
            assertThat(one(sql, "SELECT count(*) FROM vote_tally WHERE vote_id = " + id))
                    .as("no plain counter while open")
                    .isEqualTo("0");
            assertThat(one(sql, "SELECT count(*) FROM vote_ballots WHERE vote_id = " + id))
                    .isEqualTo("0");

            // the encrypted ballot that shares a voter's transaction holds points and proofs only: the
            // same choice never looks the same, and no option id, label or count appears in it
            Map<String, String> ballotOf = new HashMap<>();
            for (Map.Entry<String, Long> voter : transactionOf.entrySet()) {
                ballotOf.put(
                        voter.getKey(),
                        one(
                                sql,
                                "SELECT ballot::text FROM vote_encrypted_ballot WHERE vote_id = " + id
                                        + " AND xmin::text::bigint = " + voter.getValue()));
            }
            Set<String> firstCiphertexts = new HashSet<>();
            for (String ballot : ballotOf.values()) {
                JsonNode node = json.readTree(ballot);
                firstCiphertexts.add(node.get("options").get(0).get("b").asString());
                assertThat(ballot)
                        .doesNotContain("\"" + yes + "\"")
                        .doesNotContain("Đồng ý")
                        .doesNotContain("optionIds");
                assertThat(ballot.replaceAll("\"[0-9a-f]{64,66}\"", "").replaceAll("\"(lo|hi)\":\\s*\\d+", ""))
                        .as("nothing but hex points and scalars")
                        .doesNotContainPattern("[0-9]");
            }
            assertThat(firstCiphertexts)
                    .as("ten different ciphertexts for six identical choices")
                    .hasSize(10);

            // 2. the write-ahead log of the voting: only participation and encrypted ballots (and their
            // indexes and TOAST) were written; no counter, no audit row carrying a choice
            Set<String> walRelations = new HashSet<>(list(sql, """
                    SELECT DISTINCT coalesce(c.relname, t.relname, b.relfilenode::text) || ' ' || b.record_type
                    FROM pg_get_wal_block_info('%s', '%s') b
                    LEFT JOIN pg_class c ON c.relfilenode = b.relfilenode
                    LEFT JOIN pg_class t ON t.reltoastrelid = c.oid
                    WHERE b.xid IN (%s)""".formatted(
                    start,
                    afterBallots,
                    String.join(
                            ",",
                            transactionOf.values().stream().map(String::valueOf).toList()))));
            // data goes to the participation and the encrypted ballot (their indexes, TOAST); the vote
            // and the elector rows are only locked (the ballot's FOR SHARE, the foreign key's check)
            assertThat(walRelations)
                    .as("what the ballots wrote to the WAL")
                    .isNotEmpty()
                    .allSatisfy(
                            relation -> assertThat(relation)
                                    .matches(
                                            "(vote_participation|vote_encrypted_ballot|pg_toast_\\d+)\\S* \\S+|(vote|vote_elector) LOCK"));
            // 3. closing: the totals are added up under encryption; still no plain count
            Api.as(port, bloc.officer(0))
                    .post("/api/v1/votes/" + id + "/close", Votes.read(Api.as(port, bloc.officer(0)), id));
            assertThat(one(sql, "SELECT count(*) FROM vote_tally WHERE vote_id = " + id))
                    .isEqualTo("0");

            // 4. the administrator passes one ballot off as a total, to have the committee open it: refused
            String real = one(sql, "SELECT encrypted_totals::text FROM vote WHERE id = " + id);
            JsonNode target = json.readTree(ballotOf.get("unit:" + bloc.unit(0)));
            String forged = "[{\"a\":\"" + target.get("options").get(0).get("a").asString() + "\",\"b\":\""
                    + target.get("options").get(0).get("b").asString() + "\"}" + real.substring(real.indexOf('}') + 1);
            sql.execute("UPDATE vote SET encrypted_totals = '" + forged + "' WHERE id = " + id);
            assertThat(committee.decrypt(bloc.board()).body()).contains("Các tổng mã hóa không khớp với hộp phiếu");
            assertThat(one(
                            sql,
                            "SELECT count(*) FROM vote_trustee WHERE vote_id = " + id + " AND decryption IS NOT NULL"))
                    .as("nothing of it was decrypted")
                    .isEqualTo("0");
            sql.execute("UPDATE vote SET encrypted_totals = '" + real + "' WHERE id = " + id);

            // 5. the committee, each with its own key, opens the totals only
            JsonNode counted = committee.count();
            assertThat(Votes.ballots(counted, 0)).isEqualTo(6);
            assertThat(Votes.ballots(counted, 1)).isEqualTo(3);
            assertThat(counted.get("tally").get("blank").asInt()).isEqualTo(1);
            assertThat(counted.get("tally").get("cast").asInt()).isEqualTo(10);

            // and the bulletin, public to the electors, verifies
            JsonNode bulletin = Api.as(port, bloc.officer(7))
                    .get("/api/v1/votes/" + id + "/bulletin")
                    .json();
            assertThat(bulletin.get("ballots")).hasSize(10);
            assertThat(bulletin.get("voters"))
                    .as("who voted, as many as the ballots")
                    .hasSize(10);
            assertThat(json.treeToValue(bulletin, Bulletin.class).verify()).isEmpty();
        }
    }

    private static String one(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> list(Statement sql, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
