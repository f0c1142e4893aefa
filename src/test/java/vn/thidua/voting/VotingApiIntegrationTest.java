package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;
import static vn.thidua.support.Votes.option;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;
import vn.thidua.support.Registry;
import vn.thidua.support.Votes;
import vn.thidua.support.WebSession;
import vn.thidua.voting.domain.ballot.KeyShare;

@IntegrationTest
class VotingApiIntegrationTest extends ApplicationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthorityService authorities;

    @Autowired
    UserAccounts accounts;

    /** A proposal put to the members; a secret ballot's committee is the board and the officer of unit 1. */
    private JsonNode proposal(BlocFixture.Bloc bloc, String method) {
        return Votes.yesOrNoFromTheLeader(port, bloc, method, "Đề nghị tặng Cờ thi đua cho Sở số 1?");
    }

    @Test
    void aSecretBallotCountsEachMemberOnceAndShowsTheTallyOnlyWhenClosed() {
        BlocFixture.Bloc bloc = fixture.create(10, 2024);
        BlocFixture.Bloc other = fixture.create(2, 2024);
        JsonNode vote = proposal(bloc, "SECRET_BALLOT");
        long id = vote.get("id").asLong();
        assertThat(vote.get("ruleText").asString())
                .isEqualTo("quá 1/2 tổng số thành viên; có mặt từ 2/3 tổng số thành viên");
        assertThat(Api.as(port, bloc.officer(0))
                        .post(
                                "/api/v1/votes/" + id + "/open",
                                Votes.read(Api.as(port, bloc.officer(0)), id, "present", 10))
                        .body())
                .as("not before every trustee's key")
                .contains("Chưa đủ khóa của Ban kiểm phiếu");
        // no side holds every share: two officers of the board, or of one unit, are refused
        String secondBoard = Registry.unique("ban2").replace(' ', '-');
        accounts.create(new UserAccounts.NewUser(
                secondBoard, Api.DEMO_PASSWORD, "Cán bộ Ban 2", Role.BOARD, bloc.authorityId(), null, null));
        assertThat(Api.as(port, bloc.officer(0))
                        .post(
                                "/api/v1/votes/" + id + "/committee",
                                Votes.read(
                                        Api.as(port, bloc.officer(0)),
                                        id,
                                        "trustees",
                                        List.of(bloc.board(), secondBoard)))
                        .body())
                .contains("mỗi đơn vị chỉ một người giữ khóa");
        Committee committee = Committee.keys(port, id, bloc.officer(0));
        Api member = Api.as(port, bloc.officer(3));
        String ballots = "/api/v1/votes/" + id + "/ballots";
        assertThat(member.post(ballots, json("optionIds", List.of(option(vote, 0))))
                        .body())
                .contains("Cuộc biểu quyết chưa mở.");
        assertThat(Api.as(port, bloc.officer(3))
                        .post(
                                "/api/v1/votes/" + id + "/open",
                                Votes.read(Api.as(port, bloc.officer(3)), id, "present", 10))
                        .status())
                .as("only the chair opens")
                .isEqualTo(403);
        assertThat(Api.as(port, bloc.officer(0))
                        .post(
                                "/api/v1/votes/" + id + "/open",
                                Votes.read(Api.as(port, bloc.officer(0)), id, "present", 11))
                        .body())
                .contains("Số đơn vị có mặt phải từ 0 đến 10.");
        Votes.open(Api.as(port, bloc.officer(0)), id, "present", 10);

        for (int i = 0; i < 7; i++) {
            assertThat(Api.as(port, bloc.officer(i))
                            .post(ballots, json("optionIds", List.of(option(vote, 0))))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(Api.as(port, bloc.officer(7))
                        .post(ballots, json("optionIds", List.of(option(vote, 1))))
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, bloc.officer(8))
                        .post(ballots, json("optionIds", List.of()))
                        .status())
                .as("blank")
                .isEqualTo(200);
        Api.Response twice = Api.as(port, bloc.officer(2)).post(ballots, json("optionIds", List.of(option(vote, 1))));
        assertThat(twice.status()).as("the unit's own state: it has voted").isEqualTo(409);
        assertThat(twice.body()).contains("Đơn vị đã bỏ phiếu; mỗi đơn vị chỉ bỏ một phiếu.");
        assertThat(Api.as(port, bloc.officer(9))
                        .post(ballots, json("optionIds", List.of(option(vote, 0), option(vote, 1))))
                        .body())
                .contains("Mỗi phiếu chọn tối đa 1 phương án.");
        assertThat(Api.as(port, bloc.officer(9))
                        .post(ballots, json("optionIds", List.of(999999)))
                        .body())
                .contains("không thuộc cuộc biểu quyết");
        assertThat(Api.as(port, other.officer(0))
                        .post(ballots, json("optionIds", List.of(option(vote, 0))))
                        .status())
                .as("a unit of another bloc")
                .isEqualTo(403);
        assertThat(Api.as(port, bloc.board())
                        .post(ballots, json("optionIds", List.of(option(vote, 0))))
                        .status())
                .as("the board does not vote")
                .isEqualTo(403);

        JsonNode during = member.get("/api/v1/votes/" + id).json();
        assertThat(during.get("voted").asLong()).isEqualTo(9);
        assertThat(during.get("hasVoted").asBoolean()).isTrue();
        assertThat(during.get("tally").isNull()).as("no count while open").isTrue();

        JsonNode boxClosed = Votes.close(Api.as(port, bloc.officer(0)), id);
        assertThat(boxClosed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(boxClosed.get("tally").isNull())
                .as("nothing is decrypted before the committee")
                .isTrue();
        // a trustee who counts offline downloads the closed box from its page: ciphertexts of the 9 ballots only
        WebSession trusteePages = WebSession.loggedIn(port, bloc.officer(1));
        JsonNode box = JsonMapper.builder()
                .build()
                .readTree(
                        trusteePages.get("/votes/" + id + "/committee/box.json").body());
        assertThat(box).hasSize(9);
        assertThat(box.get(0)).as("two options and blank").hasSize(3);
        assertThat(WebSession.loggedIn(port, bloc.officer(3))
                        .get("/votes/" + id + "/committee/box.json")
                        .status())
                .as("not a trustee")
                .isEqualTo(403);
        // one trustee alone: the vote waits, nothing is decrypted
        assertThat(committee.decrypt(bloc.board()).status()).isEqualTo(200);
        JsonNode waiting = member.get("/api/v1/votes/" + id).json();
        assertThat(waiting.get("status").asString()).isEqualTo("CLOSED");
        assertThat(waiting.get("tally").isNull()).isTrue();
        assertThat(committee.decrypt(bloc.board()).body()).as("once each").contains("Bạn đã gửi phần kiểm phiếu");
        JsonNode closed = committee.decrypt(bloc.officer(1)).json();
        assertThat(closed.get("status").asString()).isEqualTo("VERIFIED");
        JsonNode yes = closed.get("tally").get("lines").get(0);
        assertThat(yes.get("ballots").asInt()).isEqualTo(7);
        assertThat(yes.get("outcome").get("result").asString()).isEqualTo("PASSED");
        assertThat(yes.get("outcome").get("needed").asInt()).isEqualTo(6);
        assertThat(closed.get("tally").get("cast").asInt()).isEqualTo(9);
        assertThat(closed.get("tally").get("blank").asInt()).isEqualTo(1);
        assertThat(Api.as(port, bloc.officer(9))
                        .post(ballots, json("optionIds", List.of(option(vote, 0))))
                        .body())
                .contains("Cuộc biểu quyết đã kết thúc.");
        assertThat(member.get("/api/v1/votes/" + id)
                        .json()
                        .get("tally")
                        .get("cast")
                        .asInt())
                .isEqualTo(9);
    }

    @Test
    void showOfHandsAndAcclamationAreRecordedByTheChair() {
        BlocFixture.Bloc bloc = fixture.create(6, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        JsonNode hands = proposal(bloc, "SHOW_OF_HANDS");
        long id = hands.get("id").asLong();
        Votes.open(chair, id, "present", 5);
        assertThat(Votes.ballot(Api.as(port, bloc.officer(1)), id, List.of(option(hands, 0)))
                        .body())
                .contains("không bỏ phiếu kín");
        assertThat(chair.post(
                                "/api/v1/votes/" + id + "/close",
                                Votes.read(chair, id, "counts", Map.of(option(hands, 0), 6, option(hands, 1), 0)))
                        .body())
                .contains("phải từ 0 đến 5");
        JsonNode closed = Votes.close(chair, id, "counts", Map.of(option(hands, 0), 3, option(hands, 1), 2));
        assertThat(Votes.outcome(closed, 0))
                .as("3 of 6 members is not more than half")
                .isEqualTo("FAILED");

        Api.Response election = chair.post(
                bloc.path("/votes"),
                json(
                        "subject",
                        "BLOC_ELECTION",
                        "question",
                        "Suy tôn Khối trưởng năm 2025",
                        "method",
                        "ACCLAMATION",
                        "candidateUnitIds",
                        List.of(bloc.unit(1))));
        long acclaimed = election.id();
        Votes.open(chair, acclaimed, "present", 4);
        JsonNode result = Votes.close(chair, acclaimed);
        assertThat(Votes.ballots(result, 0)).isEqualTo(4);
        assertThat(Votes.outcome(result, 0)).isEqualTo("PASSED");
        assertThat(chair.post(
                                bloc.path("/votes"),
                                json(
                                        "subject",
                                        "BLOC_ELECTION",
                                        "question",
                                        "Bầu",
                                        "method",
                                        "SECRET_BALLOT",
                                        "candidateUnitIds",
                                        List.of(999999)))
                        .body())
                .contains("không phải thành viên của khối");
    }

    @Test
    void threeHundredVotersAtOnceSomeTwiceAreEachCountedExactlyOnce() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(300, 2024);
        JsonNode vote = proposal(bloc, "SECRET_BALLOT");
        long id = vote.get("id").asLong();
        Committee committee = Committee.keys(port, id, bloc.officer(0));
        Votes.open(Api.as(port, bloc.officer(0)), id, "present", 300);
        List<Callable<Integer>> casts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int voter = i;
            long choice = option(vote, i % 3 == 0 ? 1 : 0);
            casts.add(() -> Api.as(port, bloc.officer(voter))
                    .post("/api/v1/votes/" + id + "/ballots", json("optionIds", List.of(choice)))
                    .status());
            if (i % 10 == 0) {
                casts.add(() -> Api.as(port, bloc.officer(voter))
                        .post("/api/v1/votes/" + id + "/ballots", json("optionIds", List.of(choice)))
                        .status());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(64);
        int accepted = 0;
        int refused = 0;
        try {
            for (Future<Integer> f : pool.invokeAll(casts)) {
                if (f.get() == 200) {
                    accepted++;
                } else if (f.get() == 409) {
                    refused++;
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(accepted).isEqualTo(300);
        assertThat(refused).isEqualTo(30);
        Votes.close(Api.as(port, bloc.officer(0)), id);
        JsonNode closed = committee.count();
        assertThat(closed.get("tally").get("cast").asInt()).isEqualTo(300);
        assertThat(Votes.ballots(closed, 0)).isEqualTo(200);
        assertThat(Votes.ballots(closed, 1)).isEqualTo(100);
        assertThat(jdbc.sql("SELECT count(*) FROM vote_participation WHERE vote_id = :v")
                        .param("v", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(300);
    }

    @Test
    void writtenOpinionsNeedTheLetterAndASecondPersonAndNeverPreemptTheUnitsOwnBallot() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(6, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        JsonNode vote = proposal(bloc, "SECRET_BALLOT");
        long id = vote.get("id").asLong();
        Committee committee = Committee.keys(port, id, bloc.officer(0));
        // units 0, 1, 2 and 5 are in the room, by name; 3 and 4 are not
        chair.post(
                "/api/v1/votes/" + id + "/open",
                Votes.read(
                        chair, id, "presentUnitIds", List.of(bloc.unit(0), bloc.unit(1), bloc.unit(2), bloc.unit(5))));
        for (int i = 0; i < 3; i++) {
            Votes.ballot(Api.as(port, bloc.officer(i)), id, List.of(option(vote, i == 2 ? 1 : 0)));
        }
        String written = "/api/v1/votes/" + id + "/written-opinions";
        byte[] letter = Pdfs.onePage();
        assertThat(enter(bloc.officer(2), written, bloc.unit(3), option(vote, 0), letter)
                        .status())
                .as("a member that neither chairs nor counts")
                .isEqualTo(403);
        assertThat(enter(bloc.officer(0), written, bloc.unit(3), option(vote, 0), null)
                        .body())
                .contains("Hãy đính kèm văn bản có chữ ký");
        assertThat(enter(bloc.officer(0), written, bloc.unit(0), option(vote, 0), letter)
                        .body())
                .contains("đã tự bỏ phiếu");
        assertThat(enter(bloc.officer(0), written, bloc.unit(5), option(vote, 0), letter)
                        .body())
                .as("unit 5 is in the room and has not voted yet: nobody writes in its place")
                .contains("có mặt tại hội nghị");
        assertThat(enter(bloc.officer(0), written, bloc.unit(3), option(vote, 0), letter)
                        .status())
                .isEqualTo(200);
        assertThat(enter(bloc.officer(0), written, bloc.unit(4), option(vote, 0), letter)
                        .status())
                .isEqualTo(200);

        String confirm = written + "/confirm";
        assertThat(chair.post(confirm, json("unitId", bloc.unit(3))).body())
                .as("not the one who entered it")
                .contains("Người xác nhận phải là Ban")
                .doesNotContain("VERIFIED");
        // the leading unit alone cannot make it count: its other officer is still the leading unit
        assertThat(Api.as(port, bloc.officer(2))
                        .post(confirm, json("unitId", bloc.unit(3)))
                        .body())
                .contains("Người xác nhận phải là Ban");
        assertThat(Api.as(port, bloc.officer(1))
                        .post(confirm, json("unitId", bloc.unit(3)))
                        .status())
                .as("a trustee confirms")
                .isEqualTo(200);
        // unit 4 votes itself before its letter is confirmed: its own ballot counts, the letter does not
        assertThat(Votes.ballot(Api.as(port, bloc.officer(4)), id, List.of(option(vote, 1)))
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, bloc.board())
                        .post(confirm, json("unitId", bloc.unit(4)))
                        .body())
                .contains("đã tự bỏ phiếu");
        assertThat(Votes.ballot(Api.as(port, bloc.officer(3)), id, List.of(option(vote, 1)))
                        .body())
                .as("counted by its letter")
                .contains("Đơn vị đã bỏ phiếu");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM vote_written_opinion WHERE vote_id = :v AND choice IS NOT NULL AND confirmed_by IS NOT NULL")
                        .param("v", id)
                        .query(Long.class)
                        .single())
                .as("a counted letter's choice is not kept beside the letter")
                .isZero();
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'VOTE_WRITTEN_CONFIRMED' AND subject = :s")
                        .param("s", "biểu quyết " + id)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains(bloc.officer(0))
                .contains(bloc.officer(1));
        Votes.close(chair, id);
        JsonNode yes = committee.count().get("tally").get("lines").get(0);
        assertThat(yes.get("ballots").asInt())
                .as("units 0, 1 and the letter of unit 3")
                .isEqualTo(3);
        assertThat(yes.get("outcome").get("present").asInt())
                .as("4 present and 1 written opinion; 5 ballots cast")
                .isEqualTo(5);
    }

    private Api.Response enter(String username, String path, long unitId, long optionId, byte[] letter)
            throws Exception {
        return Api.as(port, username)
                .postFile(
                        path,
                        Map.of("unitId", String.valueOf(unitId), "optionIds", String.valueOf(optionId)),
                        "letter",
                        "y-kien.pdf",
                        letter == null ? new byte[0] : letter);
    }

    /**
     * The steps whose version is optional (docs/architecture.md, "Optimistic locking"): left out they
     * go through, as the other systems send them; sent, a stale one is refused 409 with its code.
     */
    @Test
    void stepsWhoseVersionIsOptionalStillRefuseAStaleOne() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(4, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        JsonNode vote = proposal(bloc, "SECRET_BALLOT");
        long id = vote.get("id").asLong();
        String votePath = "/api/v1/votes/" + id;

        long beforeRenaming = Votes.version(chair, id);
        chair.post(votePath + "/committee", Votes.read(chair, id, "trustees", List.of(bloc.board(), bloc.officer(1))))
                .expect(200);
        JsonNode trustee = chair.get(votePath).json().get("committee").get(0);
        KeyShare share = KeyShare.generate(
                        KeyShare.context(id, trustee.get("id").asLong()))
                .share();
        Api.Response staleKey = Api.as(port, trustee.get("username").asString())
                .post(
                        votePath + "/committee/key",
                        json(
                                "publicKey",
                                share.publicKey(),
                                "commitment",
                                share.commitment(),
                                "response",
                                share.response(),
                                "version",
                                beforeRenaming));
        assertStale(staleKey, "a key registered against the committee as it was before");
        assertThat(chair.get(votePath)
                        .json()
                        .get("committee")
                        .get(0)
                        .get("keyRegistered")
                        .asBoolean())
                .isFalse();
        Committee committee = Committee.keys(port, id, bloc.officer(0));

        long beforeOpening = Votes.version(chair, id);
        chair.post(
                        votePath + "/open",
                        Votes.read(chair, id, "presentUnitIds", List.of(bloc.unit(0), bloc.unit(1), bloc.unit(2))))
                .expect(200);
        Api voter = Api.as(port, bloc.officer(1));
        assertStale(
                voter.post(
                        votePath + "/ballots", json("optionIds", List.of(option(vote, 0)), "version", beforeOpening)),
                "a ballot for the vote as it stood before it opened");
        voter.post(
                        votePath + "/ballots",
                        json("optionIds", List.of(option(vote, 0)), "version", Votes.version(voter, id)))
                .expect(200);

        Map<String, String> opinion =
                Map.of("unitId", String.valueOf(bloc.unit(3)), "optionIds", String.valueOf(option(vote, 0)));
        byte[] letter = Pdfs.onePage();
        Map<String, String> staleOpinion = new HashMap<>(opinion);
        staleOpinion.put("version", String.valueOf(beforeOpening));
        assertStale(
                chair.postFile(votePath + "/written-opinions", staleOpinion, "letter", "y-kien.pdf", letter),
                "a written opinion entered on the vote as it stood before it opened");
        Map<String, String> freshOpinion = new HashMap<>(opinion);
        freshOpinion.put("version", String.valueOf(Votes.version(chair, id)));
        chair.postFile(votePath + "/written-opinions", freshOpinion, "letter", "y-kien.pdf", letter)
                .expect(200);
        Api second = Api.as(port, bloc.officer(1));
        assertStale(
                second.post(
                        votePath + "/written-opinions/confirm", json("unitId", bloc.unit(3), "version", beforeOpening)),
                "a written opinion confirmed on the vote as it stood before it opened");
        second.post(votePath + "/written-opinions/confirm", Votes.read(second, id, "unitId", bloc.unit(3)))
                .expect(200);

        long beforeClosing = Votes.version(chair, id);
        chair.post(votePath + "/close", Votes.read(chair, id)).expect(200);
        assertStale(
                Api.as(port, bloc.officer(1))
                        .post(votePath + "/committee/decryption", json("shares", List.of(), "version", beforeClosing)),
                "a decryption of totals read before the vote closed");
        JsonNode yes = committee.count().get("tally").get("lines").get(0);
        assertThat(yes.get("ballots").asInt())
                .as("unit 1's ballot and unit 3's letter, each once")
                .isEqualTo(2);
    }

    private static void assertStale(Api.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("problem.conflict");
    }

    @Test
    void aPaperCountNeedsASecondPersonToConfirmIt() {
        BlocFixture.Bloc bloc = fixture.create(5, 2024);
        Api secretary = Api.as(port, bloc.officer(0));
        JsonNode vote = proposal(bloc, "PAPER_BALLOT");
        long id = vote.get("id").asLong();
        Votes.open(secretary, id, "present", 5);
        assertThat(Votes.ballot(Api.as(port, bloc.officer(2)), id, List.of(option(vote, 0)))
                        .body())
                .as("a paper vote takes no on-line ballot")
                .contains("dùng phiếu giấy");
        String paper = "/api/v1/votes/" + id + "/paper-count";
        Api.Response unversioned =
                secretary.post(paper, json("counts", Map.of(), "cast", 0, "blank", 0, "committee", "Ban"));
        assertThat(unversioned.status())
                .as("a write through the API says which version of the vote it read")
                .isEqualTo(400);
        assertThat(unversioned.json().get("errors").get(0).get("code").asString())
                .isEqualTo("problem.versionRequired");
        Api.Response wrong = secretary.post(
                paper,
                Votes.read(
                        secretary,
                        id,
                        "counts",
                        Map.of(option(vote, 0), 6, option(vote, 1), 1),
                        "cast",
                        6,
                        "blank",
                        0,
                        "committee",
                        ""));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("Số phiếu thu về phải từ 0 đến 5")
                .contains("Hãy ghi họ tên các thành viên Ban kiểm phiếu.");
        long read = Votes.version(secretary, id);
        assertThat(secretary
                        .post(
                                paper,
                                Votes.read(
                                        secretary,
                                        id,
                                        "counts",
                                        Map.of(option(vote, 0), 4, option(vote, 1), 1),
                                        "cast",
                                        5,
                                        "blank",
                                        0,
                                        "committee",
                                        "Nguyễn Văn A (Trưởng ban), Trần Thị B, Lê Văn C"))
                        .status())
                .isEqualTo(200);
        assertThat(secretary.get("/api/v1/votes/" + id).json().get("status").asString())
                .as("not yet the result")
                .isEqualTo("OPEN");
        Api.Response own = secretary.post(paper + "/confirm", Votes.read(secretary, id));
        assertThat(own.status()).as("not the person who entered it").isEqualTo(403);
        assertThat(own.json().get("code").asString()).isEqualTo("vote.paper.samePerson");
        assertThat(own.body()).contains("cần người thứ hai xác nhận");
        Api.Response stale = Api.as(port, bloc.board()).post(paper + "/confirm", json("version", read));
        assertThat(stale.status())
                .as("the count confirmed is the one its confirmer read, not an earlier one")
                .isEqualTo(409);
        JsonNode closed = Api.as(port, bloc.board())
                .post(paper + "/confirm", Votes.read(Api.as(port, bloc.board()), id))
                .json();
        assertThat(closed.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(Votes.ballots(closed, 0)).isEqualTo(4);
        assertThat(Votes.outcome(closed, 0)).isEqualTo("PASSED");

        JsonNode online = proposal(bloc, "SECRET_BALLOT");
        long other = online.get("id").asLong();
        Committee.keys(port, other, bloc.officer(0));
        Votes.open(secretary, other, "present", 5);
        assertThat(secretary
                        .post(
                                "/api/v1/votes/" + other + "/paper-count",
                                Votes.read(
                                        secretary,
                                        other,
                                        "counts",
                                        Map.of(option(online, 0), 1, option(online, 1), 0),
                                        "cast",
                                        1,
                                        "blank",
                                        0,
                                        "committee",
                                        "Ban kiểm phiếu"))
                        .body())
                .as("an electronic vote is never counted on paper")
                .contains("bỏ phiếu trên hệ thống; không nhập kết quả phiếu giấy");
    }

    @Test
    void theCouncilVotesAsItsOwnElectorateEvenWithoutFollowingTheBloc() {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        CurrentUser admin = new CurrentUser(0, "t", "t", Role.ADMIN, null, null, null);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = authorities
                    .addCouncilMember(
                            admin, bloc.authorityId(), new CouncilMemberCommand("Thành viên Hội đồng " + i, "Ủy viên"))
                    .id();
            String name = Registry.unique("hd").replace(' ', '-');
            accounts.create(new UserAccounts.NewUser(
                    name, Api.DEMO_PASSWORD, "Ủy viên " + i, Role.COUNCIL_MEMBER, null, null, id));
            members.add(name);
        }
        JsonNode vote = Api.as(port, bloc.board())
                .post(
                        bloc.path("/votes"),
                        json(
                                "subject",
                                "COUNCIL_PROPOSAL",
                                "question",
                                "Tặng Cờ thi đua cho Sở số 1?",
                                "method",
                                "SECRET_BALLOT",
                                "electorate",
                                "COUNCIL",
                                "options",
                                List.of("Đồng ý", "Không đồng ý"),
                                "trustees",
                                List.of(bloc.board(), members.get(2))))
                .json();
        long id = vote.get("id").asLong();
        Committee committee = Committee.keys(port, id, bloc.board());
        assertThat(vote.get("electorate").asInt()).isEqualTo(3);
        assertThat(vote.get("electorateKind").asString()).isEqualTo("COUNCIL");
        Votes.open(Api.as(port, bloc.board()), id, "present", 3);
        assertThat(Votes.ballot(Api.as(port, bloc.officer(1)), id, List.of(option(vote, 0)))
                        .status())
                .as("a member unit is not on the council")
                .isEqualTo(403);
        Api councillor = Api.as(port, members.get(0));
        assertThat(councillor.get("/api/v1/votes/" + id).json().get("mayVote").asBoolean())
                .isTrue();
        assertThat(councillor.get(bloc.path("/scoring")).status())
                .as("no other standing in the bloc")
                .isEqualTo(403);
        WebSession pages = WebSession.loggedIn(port, members.get(0));
        assertThat(pages.get("/votes/mine").body()).contains("Tặng Cờ thi đua cho Sở số 1?");
        assertThat(pages.get("/votes/" + id).body())
                .contains("Phiếu biểu quyết")
                .contains("Thành viên Hội đồng Thi đua");
        for (int i = 0; i < 3; i++) {
            assertThat(Votes.ballot(Api.as(port, members.get(i)), id, List.of(option(vote, i < 2 ? 0 : 1)))
                            .status())
                    .isEqualTo(200);
        }
        Votes.close(Api.as(port, bloc.board()), id);
        JsonNode closed = committee.count();
        assertThat(Votes.ballots(closed, 0)).isEqualTo(2);
        assertThat(Votes.outcome(closed, 0)).isEqualTo("PASSED");
    }

    @Test
    void aConfirmedElectionCreatesNextYearWithTheMembersCarriedOver() {
        BlocFixture.Bloc bloc = fixture.create(4, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        assertThat(chair.get(bloc.path("/election-proposals"))
                        .json()
                        .get("DEPUTY_SUCCEEDS")
                        .get("id")
                        .asLong())
                .as("the deputy succeeds")
                .isEqualTo(bloc.unit(1));
        long leaderVote =
                Votes.id(Votes.election(chair, bloc, "ACCLAMATION", "Suy tôn Khối trưởng 2025", List.of(bloc.unit(1))));
        long deputyVote =
                Votes.id(Votes.election(chair, bloc, "ACCLAMATION", "Suy tôn Khối phó 2025", List.of(bloc.unit(3))));
        Api board = Api.as(port, bloc.board());
        assertThat(board.post(
                                bloc.path("/elections/confirm"),
                                json("leaderVoteId", leaderVote, "deputyVoteId", deputyVote))
                        .body())
                .as("not closed yet")
                .contains("đã kết thúc");
        for (long v : new long[] {leaderVote, deputyVote}) {
            Votes.open(chair, v, "present", 3);
            Votes.close(chair, v);
        }
        long read = board.get("/api/v1/blocs/" + bloc.blocId() + "/years/2024")
                .json()
                .get("version")
                .asLong();
        Api.Response stale = board.post(
                bloc.path("/elections/confirm"),
                json("leaderVoteId", leaderVote, "deputyVoteId", deputyVote, "version", read + 1));
        assertThat(stale.status())
                .as("a version of this year it does not have: the members carried over may not be those read")
                .isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("problem.conflict");
        JsonNode next = board.post(
                        bloc.path("/elections/confirm"),
                        json("leaderVoteId", leaderVote, "deputyVoteId", deputyVote, "version", read))
                .expect(200)
                .json();
        assertThat(next.get("year").asInt()).isEqualTo(2025);
        assertThat(next.get("leader").get("id").asLong()).isEqualTo(bloc.unit(1));
        assertThat(next.get("deputy").get("id").asLong()).isEqualTo(bloc.unit(3));
        assertThat(next.get("members")).hasSize(4);
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = :t")
                .param("t", table)
                .query(String.class)
                .list();
    }
}
