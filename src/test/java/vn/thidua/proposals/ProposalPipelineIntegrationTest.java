package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;
import vn.thidua.rules.EligibilityService;
import vn.thidua.rules.SubjectService;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.Question;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.rules.domain.Verdict;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;
import vn.thidua.support.TestClock;
import vn.thidua.support.Votes;
import vn.thidua.support.WebSession;

/** A unit's proposal through every step, and every refusal on the way leaving it as it was. */
@IntegrationTest
class ProposalPipelineIntegrationTest extends ApplicationTestBase {

    private static final byte[] PDF = Pdfs.onePage();

    @Autowired
    TestClock clock;

    @Autowired
    CommentContactErasure erasure;

    @Autowired
    PublicComments review;

    @Autowired
    EligibilityService eligibility;

    @Autowired
    SubjectService subjects;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aDecisionEntersTheRegistryAndChangesNextYearsAnswer() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2023);
        List<String> council = fixture.council(bloc, 3);
        String decider = fixture.decider(bloc);
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(1));
        ProposalClient board = ProposalClient.as(port, bloc.board());
        String unitName =
                board.get("/api/v1/units/" + bloc.unit(1)).json().get("name").asString();

        long id = proposer.draft(bloc, bloc.unit(1));
        String p = "/api/v1/proposals/" + id;
        assertThat(ProposalClient.as(port, bloc.officer(2))
                        .post(p + "/candidates", json("kind", "COLLECTIVE", "unitId", bloc.unit(2), "award", "BK_TINH"))
                        .status())
                .as("another unit does not edit this draft")
                .isEqualTo(403);
        JsonNode withCandidate = proposer.post(
                        p + "/candidates", json("kind", "COLLECTIVE", "unitId", bloc.unit(1), "award", "BK_TINH"))
                .json();
        ProposalClient other = ProposalClient.as(port, bloc.officer(2));
        assertThat(other.get(p).status()).as("another unit's draft").isEqualTo(403);
        assertThat(other.get(bloc.path("/proposals"))
                        .json()
                        .valueStream()
                        .noneMatch(x -> x.get("id").asLong() == id))
                .isTrue();
        assertThat(ProposalClient.as(port, bloc.officer(0))
                        .get(bloc.path("/proposals"))
                        .json()
                        .valueStream()
                        .noneMatch(x -> x.get("id").asLong() == id))
                .as("nor the bloc leader's")
                .isTrue();
        long candidate = withCandidate.get("candidates").get(0).get("id").asLong();
        assertThat(withCandidate.get("candidates").get(0).get("eligibility").get("reasons"))
                .isNotEmpty();

        String draftPage = WebSession.loggedIn(port, bloc.officer(1))
                .get("/proposals/" + id)
                .body();
        assertThat(draftPage)
                .contains("Trình Ban Thi đua – Khen thưởng")
                .contains("Lưu báo cáo thành tích")
                .contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        Api.Response incomplete = proposer.post(p + "/submit", json("justification", ""));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("thiếu báo cáo thành tích của " + unitName);
        assertThat(status(proposer, id)).isEqualTo("DRAFT");

        assertThat(proposer.postFile(p + "/files", Map.of(), "virus.exe", PDF).body())
                .contains("không đúng loại");
        assertThat(proposer.postFile(p + "/files", Map.of(), "doi-ten.pdf", "MZ không phải PDF".getBytes())
                        .body())
                .contains("không đúng loại");
        assertThat(proposer.postFile(
                                p + "/files",
                                Map.of(),
                                "trang-web.pdf",
                                "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes())
                        .body())
                .as("the first bytes of a PDF followed by a web page")
                .contains("không đúng loại");
        assertThat(proposer.postFile(p + "/files", Map.of(), "lon.pdf", large()).body())
                .contains("lớn quá 1 MB");
        assertThat(proposer.get(p).json().get("files")).isEmpty();
        JsonNode withFile = proposer.postFile(
                        p + "/files", Map.of("candidateId", String.valueOf(candidate)), "bien-ban.pdf", PDF)
                .json();
        String file = p + "/files/" + withFile.get("files").get(0).get("id").asLong();
        assertThat(proposer.bytes(file)).isEqualTo(PDF);
        assertThat(other.get(file).status()).as("another unit's evidence").isEqualTo(403);
        assertThat(proposer.get(p + "/files/999999999").status()).isEqualTo(404);
        assertThat(proposer.put(
                                p + "/candidates/" + candidate + "/report",
                                json(
                                        "narrative",
                                        "Hoàn thành xuất sắc 100% nhiệm vụ được giao; dẫn đầu khối về cải cách hành chính."))
                        .status())
                .isEqualTo(200);
        assertThat(submitted(proposer, p)).isEqualTo("SUBMITTED");
        assertThat(proposer.put(p + "/candidates/" + candidate + "/report", json("narrative", "Sửa sau khi trình"))
                        .body())
                .contains("người đề nghị không sửa được nữa");

        assertThat(proposer.post(p + "/start-review", "{}").status())
                .as("the proposer does not review")
                .isEqualTo(403);
        assertThat(board.post(p + "/publish", "{}").body())
                .contains("Không thể công khai danh sách khi đề nghị đang ở bước");
        assertThat(board.post(p + "/start-review", "{}").json().get("status").asString())
                .isEqualTo("UNDER_REVIEW");
        assertThat(board.post(p + "/publish", "{}").body()).contains("chưa được thẩm định đủ các mục");
        assertThat(board.post(p + "/candidates/" + candidate + "/return", json("reason", ""))
                        .body())
                .contains("Hãy ghi rõ lý do");
        JsonNode returned = board.post(
                        p + "/candidates/" + candidate + "/return",
                        json("reason", "Bổ sung số liệu về chỉ tiêu cải cách hành chính"))
                .json();
        assertThat(returned.get("candidates").get(0).get("status").asString()).isEqualTo("RETURNED");
        assertThat(proposer.put(
                                p + "/candidates/" + candidate + "/report",
                                json(
                                        "narrative",
                                        "Hoàn thành xuất sắc nhiệm vụ; chỉ số cải cách hành chính xếp thứ nhất khối."))
                        .status())
                .isEqualTo(200);
        assertThat(proposer.post(p + "/candidates/" + candidate + "/resubmit", "{}")
                        .json()
                        .get("candidates")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("PROPOSED");
        board.put(
                p + "/candidates/" + candidate + "/checklist", json("dossier", true, "criteria", true, "quota", true));
        JsonNode published = board.post(p + "/publish", "{}").json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLIC_COMMENT");

        WebSession anyone = new WebSession(port);
        assertThat(anyone.get("/login").body())
                .as("the public finds the list from the login page")
                .contains("/public/proposals");
        assertThat(WebSession.loggedIn(port, bloc.board())
                        .get("/proposals/" + id)
                        .body())
                .as("during công khai the board may still drop a candidate")
                .contains("Loại khỏi đề nghị");
        String page = anyone.get("/public/proposals/" + id).body();
        assertThat(page)
                .contains(unitName)
                .contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
                .doesNotContain("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(comment(anyone, id, "").body()).contains("Hãy ghi số điện thoại hoặc địa chỉ thư điện tử");
        assertThat(board.get(p).json().get("comments")).isEmpty();
        assertThat(comment(anyone, id, "........").body())
                .as("dots are not a phone number")
                .contains("Hãy ghi số điện thoại hoặc địa chỉ thư điện tử");
        assertThat(comment(anyone, id, "0912 345 678").status()).isEqualTo(302);
        assertThat(proposer.get(p).json().get("comments").get(0).get("contact").isNull())
                .as("the commenter's contact is the board's alone")
                .isTrue();
        assertThat(board.get(p).json().get("comments").get(0).get("contact").asString())
                .as("kept in one form, whatever way it was typed")
                .isEqualTo("+84912345678");

        assertThat(board.post(p + "/close-public-comment", "{}").body())
                .contains("Chưa hết thời gian công khai")
                .contains("1 ý kiến góp ý chưa được trả lời");
        long comment = board.get(p).json().get("comments").get(0).get("id").asLong();
        board.post(p + "/comments/" + comment + "/answer", json("answer", "Ban đã kiểm tra: hồ sơ được nộp đúng hạn."));
        clock.advance(Duration.ofDays(6));
        assertThat(board.post(p + "/close-public-comment", "{}").body())
                .as("one day left")
                .contains("Chưa hết thời gian công khai");
        assertThat(status(board, id)).isEqualTo("PUBLIC_COMMENT");
        clock.advance(Duration.ofDays(1));
        JsonNode atCouncil = board.post(p + "/close-public-comment", "{}").json();
        assertThat(atCouncil.get("status").asString()).isEqualTo("COUNCIL");

        assertThat(WebSession.loggedIn(port, bloc.board())
                        .get("/proposals/" + id)
                        .body())
                .contains("Hội đồng xét")
                .contains("Ghi kết quả biểu quyết")
                .contains("+84912345678")
                .contains("Ban đã kiểm tra");
        long councilVote =
                atCouncil.get("candidates").get(0).get("councilVoteId").asLong();
        long absent = board.get("/api/v1/authorities/" + bloc.authorityId() + "/council-members")
                .json()
                .valueStream()
                .filter(m -> m.get("fullName").asString().equals("Ủy viên Hội đồng 3"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(Api.as(port, bloc.officer(0))
                        .post(
                                "/api/v1/votes/" + councilVote + "/open",
                                Votes.read(Api.as(port, bloc.officer(0)), councilVote, "present", 3))
                        .status())
                .as("the bloc's leading unit does not run the council's vote")
                .isEqualTo(403);
        assertThat(board.post(
                                "/api/v1/votes/" + councilVote + "/open",
                                Votes.read(board.api(), councilVote, "present", 2))
                        .body())
                .as("no counting committee, no key: the ballot is not opened")
                .contains("Chưa đủ khóa của Ban kiểm phiếu");
        // the board and the first member count the ballot; the first member also confirms the absent member's letter
        Committee counting = committee(bloc, council, councilVote);
        // the members in the room, by name: the absent one alone may send a letter
        List<Long> inTheRoom = board.get("/api/v1/authorities/" + bloc.authorityId() + "/council-members")
                .json()
                .valueStream()
                .map(m -> m.get("id").asLong())
                .filter(member -> member != absent)
                .toList();
        JsonNode opened = Votes.open(board.api(), councilVote, "presentCouncilMemberIds", inTheRoom);
        assertThat(opened.get("present").asInt()).isEqualTo(2);
        long approve = opened.get("options").get(0).get("id").asLong();
        String written = "/api/v1/votes/" + councilVote + "/written-opinions";
        assertThat(board.postParts(
                                written,
                                Map.of("unitId", String.valueOf(bloc.unit(0)), "optionIds", String.valueOf(approve)),
                                "letter",
                                "y-kien.pdf",
                                PDF)
                        .body())
                .as("a unit is not on the council")
                .contains("phải là thành viên Hội đồng Thi đua – Khen thưởng");
        assertThat(ProposalClient.as(port, bloc.officer(0))
                        .postParts(
                                written,
                                Map.of("councilMemberId", String.valueOf(absent), "optionIds", String.valueOf(approve)),
                                "letter",
                                "y-kien.pdf",
                                PDF)
                        .status())
                .isEqualTo(403);
        assertThat(board.postParts(
                                written,
                                Map.of("councilMemberId", String.valueOf(absent), "optionIds", String.valueOf(approve)),
                                "letter",
                                "y-kien.exe",
                                "MZ không phải văn bản".getBytes())
                        .body())
                .as("the letter must be a PDF or a picture")
                .contains("phải là tệp PDF hoặc ảnh");
        assertThat(board.postParts(
                                written,
                                Map.of("councilMemberId", String.valueOf(absent), "optionIds", String.valueOf(approve)),
                                "letter",
                                "y-kien-uy-vien-3.pdf",
                                PDF)
                        .status())
                .as("the absent member's signed letter")
                .isEqualTo(200);
        assertThat(board.post(written + "/confirm", json("councilMemberId", absent))
                        .body())
                .as("who entered it does not confirm it")
                .contains("Người nhập không tự xác nhận được");
        assertThat(board.get("/api/v1/proposals/" + id).json().get("status").asString())
                .isEqualTo("COUNCIL");
        assertThat(WebSession.loggedIn(port, bloc.board())
                        .get("/votes/" + councilVote)
                        .body())
                .contains("Ý kiến bằng văn bản của thành viên Hội đồng vắng mặt")
                .contains("Ủy viên Hội đồng 3");
        JsonNode confirmed = ProposalClient.as(port, council.get(0))
                .post(written + "/confirm", json("councilMemberId", absent))
                .json();
        assertThat(confirmed.get("writtenOpinions").get(0).get("confirmedBy").asString())
                .isEqualTo(council.get(0));
        assertThat(confirmed
                        .get("writtenOpinions")
                        .get(0)
                        .get("councilMemberId")
                        .asLong())
                .isEqualTo(absent);
        assertThat(confirmed.get("writtenOpinions").get(0).get("elector").asString())
                .as("the earlier releases' name of the elector, which other systems may read")
                .isEqualTo("council:" + absent);
        assertThat(confirmed.get("voted").asInt())
                .as("the confirmed letter counts as the member's ballot")
                .isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            assertThat(ProposalClient.as(port, council.get(i))
                            .post("/api/v1/votes/" + councilVote + "/ballots", json("optionIds", List.of(approve)))
                            .status())
                    .isEqualTo(200);
        }
        JsonNode closed = Votes.close(board.api(), councilVote);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("tally").isNull())
                .as("no result before the committee counts")
                .isTrue();
        assertThat(board.post(p + "/record-council", "{}").status())
                .as("the result is not known yet: the vote's state, a conflict")
                .isEqualTo(409);
        assertThat(Votes.ballots(counting.count(), 0))
                .as("two ballots and one written opinion")
                .isEqualTo(3);
        assertThat(board.post(p + "/record-council", "{}")
                        .json()
                        .get("candidates")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("PASSED");

        Answer before = nextYear(bloc.unit(1), unitName);
        assertThat(board.post(p + "/decision", decision(15)).status())
                .as("only the decider issues")
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, decider).get("/proposals/" + id).body())
                .contains("Ban hành")
                .contains("Chờ quyết định");
        JsonNode decided = ProposalClient.as(port, decider)
                .post(p + "/decision", decision(15))
                .json();
        String trail = board.get("/api/v1/audit?actor=").body();
        assertThat(trail).contains("\"action\":\"DECISION_ISSUED\"", "đề nghị " + id, "Quyết định số 15/QĐ-UBND");
        assertThat(board.get("/api/v1/audit?action=VOTE_CLOSED").body()).contains("biểu quyết " + councilVote);
        assertThat(board.get("/api/v1/audit?action=VOTE_OPENED").body()).contains("biểu quyết " + councilVote);
        assertThat(board.get("/api/v1/audit?action=VOTE_WRITTEN_OPINION").body())
                .contains("biểu quyết " + councilVote, "nhập ý kiến bằng văn bản của Ủy viên Hội đồng 3");
        assertThat(board.get("/api/v1/audit?action=VOTE_WRITTEN_CONFIRMED").body())
                .contains("biểu quyết " + councilVote, "nhập bởi " + bloc.board() + ", xác nhận bởi " + council.get(0));
        WebSession boardPages = WebSession.loggedIn(port, bloc.board());
        assertThat(boardPages.get("/proposals/" + id).body())
                .contains("Quyết định số 15/QĐ-UBND")
                .contains("15/QĐ-UBND-01");
        assertThat(boardPages.get("/proposals").body()).contains("Đã có quyết định");
        assertThat(boardPages
                        .get("/awards?q=" + URLEncoder.encode(unitName, "UTF-8"))
                        .body())
                .contains("15/QĐ-UBND-01");
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("decision").get("text").asString()).isEqualTo("15/QĐ-UBND");
        assertThat(decided.get("candidates").get(0).get("certificateNumber").asString())
                .isEqualTo("15/QĐ-UBND-01");

        JsonNode registry = board.get("/api/v1/awards?q=" + URLEncoder.encode(plain(unitName), "UTF-8") + "&year=2023")
                .json();
        assertThat(registry).hasSize(1);
        assertThat(registry.get(0).get("decisionNumber").asString()).isEqualTo("15/QĐ-UBND");
        assertThat(registry.get(0).get("award").asString()).isEqualTo("BK_TINH");
        Answer after = nextYear(bloc.unit(1), unitName);
        assertThat(before.verdict()).isNotEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(after.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(after.reasons())
                .anyMatch(r -> Boolean.FALSE.equals(r.met()) && r.condition().contains("lần trước (năm 2023)"));

        byte[] docx = board.bytes(p + "/documents/quyet-dinh.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains("Số: 15/QĐ-UBND")
                    .contains(unitName)
                    .contains("15/QĐ-UBND-01")
                    .contains("QUYẾT ĐỊNH");
        }
        assertThat(new String(board.bytes(p + "/documents/quyet-dinh.pdf"), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(board.get(p)
                        .json()
                        .get("events")
                        .valueStream()
                        .map(e -> e.get("action").asString())
                        .toList())
                .contains(
                        "SUBMIT",
                        "START_REVIEW",
                        "CANDIDATE_RETURN",
                        "CANDIDATE_RESUBMIT",
                        "PUBLISH",
                        "ANSWER_COMMENT",
                        "CLOSE_PUBLIC_COMMENT",
                        "RECORD_COUNCIL",
                        "ISSUE_DECISION");

        // thirty days after the decision the commenter's contact is erased; its name and words stay
        erasure.eraseDue();
        assertThat(board.get(p).json().get("comments").get(0).get("contact").asString())
                .isEqualTo("+84912345678");
        clock.advance(Duration.ofDays(31));
        try {
            assertThat(erasure.eraseDue()).isPositive();
        } finally {
            clock.reset();
        }
        JsonNode erased = board.get(p).json().get("comments").get(0);
        assertThat(erased.get("contact").isNull()).isTrue();
        assertThat(erased.get("authorName").asString()).isEqualTo("Nguyễn Văn A");
        assertThat(erased.get("body").asString()).contains("chậm hồ sơ");
    }

    @Test
    void oneContactTypedFourWaysIsOneContactAndSpamDoesNotHoldCongKhaiOpen() {
        BlocFixture.Bloc bloc = fixture.create(2, 2023);
        fixture.council(bloc, 1);
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(1));
        ProposalClient board = ProposalClient.as(port, bloc.board());
        long id = ready(proposer, bloc, bloc.unit(1));
        String p = "/api/v1/proposals/" + id;
        proposer.post(p + "/submit", json("justification", ""));
        board.reviewAndCheckEveryCandidate(p);
        board.post(p + "/publish", "{}");
        WebSession anyone = new WebSession(port);
        anyone.get("/public/proposals/" + id);
        assertThat(anyone.get("/public/proposals/" + id).body())
                .contains("91/2025/QH15", "30</span> ngày sau khi có quyết định");
        for (String contact : List.of("0987 654 321", "+84 987.654.321", "84987654321")) {
            assertThat(anyone.postForm(
                                    "/public/proposals/" + id + "/comments",
                                    Map.of(
                                            "authorName",
                                            "Trần B",
                                            "contact",
                                            contact,
                                            "body",
                                            "Mua bán hàng giá rẻ tại …"))
                            .status())
                    .isEqualTo(302);
        }
        assertThat(anyone.postForm(
                                "/public/proposals/" + id + "/comments",
                                Map.of("authorName", "Trần B", "contact", "0987-654-321", "body", "Lần thứ tư"))
                        .body())
                .contains("tối đa 3");
        assertThat(board.get(p).json().get("comments")).hasSize(3);
        assertThat(board.get(p)
                        .json()
                        .get("comments")
                        .valueStream()
                        .map(c -> c.get("contact").asString())
                        .distinct()
                        .toList())
                .containsExactly("+84987654321");

        // the same place cannot flood the list either (a setting: 10 an hour by default; 2 here)
        Object target = AopTestUtils.getTargetObject(review);
        Object limit = ReflectionTestUtils.getField(target, "commentsPerAddressPerHour");
        ReflectionTestUtils.setField(target, "commentsPerAddressPerHour", 2);
        try {
            for (int i = 0; i < 2; i++) {
                review.comment(
                        id,
                        new ProposalCommands.Comment("Người " + i, "nguoi" + i + "@example.vn", null, "Ý kiến " + i),
                        "203.0.113.7");
            }
            Assertions.assertThatThrownBy(() -> review.comment(
                            id,
                            new ProposalCommands.Comment("Người 3", "nguoi3@example.vn", null, "Ý kiến 3"),
                            "203.0.113.7"))
                    .hasMessageContaining("từ cùng một nơi");
        } finally {
            ReflectionTestUtils.setField(target, "commentsPerAddressPerHour", limit);
        }

        for (JsonNode c : board.get(p).json().get("comments")) {
            assertThat(board.post(p + "/comments/" + c.get("id").asLong() + "/spam", "{}")
                            .status())
                    .isEqualTo(200);
        }
        JsonNode marked = board.get(p).json().get("comments").get(0);
        assertThat(marked.get("spam").asBoolean()).isTrue();
        assertThat(ProposalClient.as(port, bloc.officer(1))
                        .post(p + "/comments/" + marked.get("id").asLong() + "/spam", "{}")
                        .status())
                .as("only the board marks spam")
                .isEqualTo(403);
        clock.advance(Duration.ofDays(8));
        try {
            Api.Response closed = board.post(p + "/close-public-comment", "{}");
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            assertThat(closed.json().get("status").asString())
                    .as("spam needs no answer")
                    .isEqualTo("COUNCIL");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDecisionNumberIsUsedOnceInTheAuthoritysYearAndTheNextOneFollows() {
        BlocFixture.Bloc bloc = fixture.create(3, 2023);
        List<String> council = fixture.council(bloc, 3);
        ProposalClient decider = ProposalClient.as(port, fixture.decider(bloc));
        long first = throughCouncil(bloc, council, 1);
        long second = throughCouncil(bloc, council, 2);
        assertThat(decider.post("/api/v1/proposals/" + first + "/decision", decision(7))
                        .status())
                .isEqualTo(200);
        Api.Response taken = decider.post("/api/v1/proposals/" + second + "/decision", decision(7));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("Số quyết định 07/QĐ-UBND đã được dùng trong năm 2025");
        assertThat(status(decider, second)).isEqualTo("AWAITING_DECISION");
        JsonNode next = decider.post(
                        "/api/v1/proposals/" + second + "/decision",
                        json("signedOn", "2025-02-10", "signerName", "Nguyễn Văn B", "signerTitle", "Phó Chủ tịch"))
                .json();
        assertThat(next.get("decision").get("text").asString()).isEqualTo("08/QĐ-UBND");
    }

    @Test
    void aReturnedProposalGoesBackToItsProposerWithTheReasonAndComesBackOnResubmission() {
        UnderReview r = underReviewInANewBloc();
        r.board()
                .put(
                        r.p() + "/candidates/" + r.candidate() + "/checklist",
                        json("dossier", true, "criteria", true, "quota", true));
        assertThat(r.board().post(r.p() + "/return", json("reason", "ok")).body())
                .contains("Hãy ghi rõ lý do");
        JsonNode returned = r.board()
                .post(r.p() + "/return", json("reason", "Thiếu xác nhận của thủ trưởng đơn vị"))
                .json();
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asString()).isEqualTo("Thiếu xác nhận của thủ trưởng đơn vị");
        assertThat(returned.get("candidates").get(0).get("checkDossier").asBoolean())
                .as("what the board checked is checked again after the changes")
                .isFalse();
        assertThat(r.board().post(r.p() + "/start-review", "{}").body()).contains("Không thể nhận thẩm định");
        JsonNode added = addPerson(r.proposer(), r.p(), r.bloc().unit(1), "Trần Văn D", "BK_TINH");
        assertThat(r.proposer()
                        .delete(r.p() + "/candidates/"
                                + added.get("candidates").get(1).get("id").asLong())
                        .status())
                .as("a returned proposal is the proposer's to change")
                .isEqualTo(200);
        assertThat(submitted(r.proposer(), r.p())).isEqualTo("SUBMITTED");
        assertThat(ProposalClient.as(port, r.bloc().board())
                        .get("/api/v1/proposals")
                        .json()
                        .valueStream()
                        .anyMatch(x -> x.get("id").asLong() == r.id()))
                .isTrue();
        WebSession pages = WebSession.loggedIn(port, r.bloc().board());
        String dashboard = "/dashboard?authorityId=" + r.bloc().authorityId() + "&year="
                + r.bloc().year();
        assertThat(pages.get(dashboard).body()).contains("Đã trình Ban TĐKT").doesNotContain("(quá hạn)");
        clock.advance(Duration.ofDays(11));
        assertThat(pages.get(dashboard).body()).as("the board's review is late").contains("(quá hạn)");
        assertThat(pages.get("/proposals").body()).contains("Quá hạn");
    }

    @Test
    void aProposalOverTheQuotaOrWithANotEligibleCandidateNeedsAWrittenJustification() {
        BlocFixture.Bloc bloc = fixture.create(2, 2023);
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(1));
        long id = ready(proposer, bloc, bloc.unit(1));
        String p = "/api/v1/proposals/" + id;
        // a collective is never a Chiến sĩ thi đua; here: a person with a discipline would do, a wrong kind is refused
        // outright
        assertThat(proposer.post(
                                p + "/candidates",
                                json("kind", "COLLECTIVE", "unitId", bloc.unit(1), "award", "CSTD_TINH"))
                        .body())
                .contains("không xét tặng cho đối tượng này");
        JsonNode person = addPerson(proposer, p, bloc.unit(1), "Lê Thị C", "CSTD_TINH", "jobTitle", "Chuyên viên");
        long c = person.get("candidates").get(1).get("id").asLong();
        assertThat(person.get("candidates")
                        .get(1)
                        .get("eligibility")
                        .get("verdict")
                        .asString())
                .isEqualTo("NOT_ELIGIBLE");
        proposer.put(p + "/candidates/" + c + "/report", json("narrative", "Có 01 sáng kiến cấp tỉnh."));
        Api.Response refused = proposer.post(p + "/submit", json("justification", ""));
        assertThat(refused.body()).contains("Cần giải trình bằng văn bản").contains("Lê Thị C chưa đủ điều kiện");
        assertThat(status(proposer, id)).isEqualTo("DRAFT");
        assertThat(proposer.post(
                                p + "/submit",
                                json(
                                        "justification",
                                        "Cá nhân có sáng kiến cấp tỉnh được công nhận tháng 12, hồ sơ công nhận gửi kèm."))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theLeaderProposesFromTheSignedConferenceAndAUnitTheConferenceVotedDownIsKeptWithTheReason() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        fixture.rank(port, bloc, new double[][] {{10, 20, 10}, {9, 18, 9}, {8, 15, 7}});
        ProposalClient leader = ProposalClient.as(port, bloc.officer(0));
        String from = bloc.path("/proposals/from-conference");
        assertThat(leader.post(from, "{}").body()).contains("Biên bản hội nghị tổng kết chưa được ký");
        JsonNode vote = Votes.unitsProposed(
                leader.api(), bloc, "SHOW_OF_HANDS", "Đề nghị tặng Bằng khen", List.of(bloc.unit(1), bloc.unit(2)));
        long voteId = vote.get("id").asLong();
        Votes.open(leader.api(), voteId, "present", 3);
        Votes.close(
                leader.api(),
                voteId,
                "counts",
                Map.of(
                        vote.get("options").get(0).get("id").asString(),
                        3,
                        vote.get("options").get(1).get("id").asString(),
                        1));
        leader.put(
                bloc.path("/conference"),
                json("heldOn", "2025-01-15", "place", "Hội trường", "chair", "Giám đốc Sở số 1"));
        leader.post(bloc.path("/conference/sign"), "{}");
        assertThat(ProposalClient.as(port, bloc.officer(1)).post(from, "{}").status())
                .as("only the leading unit")
                .isEqualTo(403);

        JsonNode p = leader.post(from, "{}").json();
        assertThat(p.get("level").asString()).isEqualTo("BLOC");
        JsonNode c = p.get("candidates");
        assertThat(c).hasSize(3);
        assertThat(c.get(0).get("award").asString()).isEqualTo("CO_TINH");
        assertThat(c.get(0).get("voteResult").asString()).contains("Tổng điểm 40, xếp thứ 1");
        assertThat(c.get(1).get("award").asString()).isEqualTo("BK_TINH");
        assertThat(c.get(1).get("voteResult").asString()).contains("3/3 phiếu đồng ý");
        assertThat(c.get(1).get("status").asString()).isEqualTo("PROPOSED");
        assertThat(c.get(2).get("status").asString()).isEqualTo("REJECTED");
        assertThat(c.get(2).get("reason").asString()).contains("Hội nghị của khối biểu quyết không đạt");
        assertThat(leader.post(from, "{}").body()).contains("Khối đã có đề nghị khen thưởng cho năm này");
        String proposal = "/api/v1/proposals/" + p.get("id").asLong();
        leader.post(proposal + "/candidates", json("kind", "COLLECTIVE", "unitId", bloc.unit(1), "award", "CO_TINH"));
        assertThat(leader.post(proposal + "/submit", json("justification", "")).body())
                .as("a second flag over the quota of one needs a written justification")
                .contains(
                        "Cờ thi đua cấp bộ, ban, ngành, tỉnh: đề nghị 2, vượt số được đề nghị là 1 (Quy chế thi đua, khen thưởng của tỉnh");
        leader.delete(proposal + "/candidates/"
                + leader.get(proposal).json().get("candidates").get(3).get("id").asLong());
        try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(
                leader.bytes("/api/v1/proposals/" + p.get("id").asLong() + "/documents/to-trinh.docx")))) {
            String text = new XWPFWordExtractor(letter).getText();
            assertThat(text)
                    .contains("TỜ TRÌNH")
                    .contains("Cờ thi đua của Ủy ban nhân dân tỉnh")
                    .doesNotContain("Sở số 3 " + bloc.officer(0).substring("cb1-".length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Api.Response report = leader.get(
                "/api/v1/proposals/" + p.get("id").asLong() + "/documents/bao-cao-thanh-tich.pdf?candidateId="
                        + c.get(1).get("id").asLong());
        assertThat(report.status())
                .as("the leader prints another unit's report, without its registry")
                .isEqualTo(200);
        assertThat(leader.get("/api/v1/proposals/" + p.get("id").asLong() + "/documents/bao-cao-thanh-tich.pdf")
                        .body())
                .contains("Hãy chọn tập thể, cá nhân cần in báo cáo thành tích");
        assertThat(new String(
                        leader.bytes("/api/v1/proposals/" + p.get("id").asLong() + "/documents/bien-ban.pdf"),
                        0,
                        5,
                        StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void aCouncilWithoutQuorumVotesAgainAndAProposalNobodyPassedEnds() {
        BlocFixture.Bloc bloc = fixture.create(2, 2023);
        List<String> council = fixture.council(bloc, 3);
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(1));
        ProposalClient board = ProposalClient.as(port, bloc.board());
        long id = ready(proposer, bloc, bloc.unit(1));
        String p = "/api/v1/proposals/" + id;
        JsonNode person = addPerson(proposer, p, bloc.unit(1), "Lê Văn E", "CSTD_TINH");
        long e = person.get("candidates").get(1).get("id").asLong();
        proposer.put(p + "/candidates/" + e + "/report", json("narrative", "Chiến sĩ thi đua cơ sở ba năm liền."));
        JsonNode atCouncil =
                toCouncil(proposer, board, p, "Có sáng kiến cấp tỉnh năm 2023, hồ sơ gửi kèm theo tờ trình.");
        List<Long> votes = atCouncil
                .get("candidates")
                .valueStream()
                .map(c -> c.get("councilVoteId").asLong())
                .distinct()
                .toList();
        assertThat(votes).as("Chiến sĩ thi đua has its own, higher share").hasSize(2);
        assertThat(board.get("/api/v1/votes/" + votes.get(0))
                        .json()
                        .get("ruleText")
                        .asString())
                .isNotEqualTo(board.get("/api/v1/votes/" + votes.get(1))
                        .json()
                        .get("ruleText")
                        .asString());

        for (long vote : votes) {
            councilVotes(bloc, board, council, vote, 1, 0);
        }
        assertThat(board.post(p + "/record-council", "{}").body()).contains("không đủ số thành viên Hội đồng có mặt");
        assertThat(status(board, id)).isEqualTo("COUNCIL");
        JsonNode again = board.post(p + "/revote", "{}").json();
        List<Long> second = again.get("candidates")
                .valueStream()
                .map(c -> c.get("councilVoteId").asLong())
                .distinct()
                .toList();
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(votes);
        for (long vote : second) {
            councilVotes(bloc, board, council, vote, council.size(), 0);
        }
        JsonNode ended = board.post(p + "/record-council", "{}").json();
        assertThat(ended.get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.get("candidates")
                        .valueStream()
                        .map(c -> c.get("status").asString()))
                .containsOnly("NOT_PASSED");
        assertThat(ended.get("candidates").get(0).get("reason").asString())
                .contains("0/3 phiếu đồng ý")
                .contains("Không đạt");
        assertThat(board.post(p + "/revote", "{}").status())
                .as("an ended proposal is past the council: a wrong state, 409")
                .isEqualTo(409);
    }

    @Test
    void aCandidateTheBoardDroppedStaysOnTheRecord() {
        UnderReview r = underReviewInANewBloc();
        assertThat(r.board()
                        .post(
                                r.p() + "/candidates/" + r.candidate() + "/reject",
                                json("reason", "Không thuộc đối tượng xét năm nay"))
                        .status())
                .isEqualTo(200);
        r.board().post(r.p() + "/return", json("reason", "Bổ sung đề nghị khác nếu có"));
        assertThat(r.proposer().delete(r.p() + "/candidates/" + r.candidate()).body())
                .contains("giữ lại trong hồ sơ cùng lý do");
        assertThat(r.proposer()
                        .post(
                                r.p() + "/candidates",
                                json("kind", "COLLECTIVE", "unitId", r.bloc().unit(1), "award", "BK_TINH"))
                        .body())
                .contains("đã bị loại khỏi đề nghị này")
                .contains("Không thuộc đối tượng xét năm nay");
        assertThat(r.proposer()
                        .get(r.p())
                        .json()
                        .get("candidates")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("REJECTED");
    }

    @Test
    void aCoCandidateReadsOnlyItsOwnEvidenceAndReportAndTheCouncilAndDeciderNoDraft() {
        BlocFixture.Bloc bloc = fixture.create(3, 2023);
        List<String> council = fixture.council(bloc, 1);
        String decider = fixture.decider(bloc);
        ProposalClient leader = ProposalClient.as(port, bloc.officer(0));
        long id = leader.post(
                        "/api/v1/proposals",
                        json(
                                "blocYearId",
                                bloc.yearId(),
                                "level",
                                "BLOC",
                                "title",
                                "Đề nghị của khối năm " + bloc.year(),
                                "commendationType",
                                "THUONG_XUYEN"))
                .json()
                .get("id")
                .asLong();
        String p = "/api/v1/proposals/" + id;
        leader.post(p + "/candidates", json("kind", "COLLECTIVE", "unitId", bloc.unit(1), "award", "BK_TINH"));
        JsonNode both = leader.post(
                        p + "/candidates", json("kind", "COLLECTIVE", "unitId", bloc.unit(2), "award", "BK_TINH"))
                .json();
        long first = both.get("candidates").get(0).get("unitId").asLong() == bloc.unit(1)
                ? both.get("candidates").get(0).get("id").asLong()
                : both.get("candidates").get(1).get("id").asLong();
        long second = both.get("candidates").get(0).get("id").asLong() == first
                ? both.get("candidates").get(1).get("id").asLong()
                : both.get("candidates").get(0).get("id").asLong();
        JsonNode files = leader.postFile(
                        p + "/files", Map.of("candidateId", String.valueOf(first)), "minh-chung-1.pdf", PDF)
                .json();
        long firstFile = files.get("files").get(0).get("id").asLong();

        leader.put(p + "/candidates/" + first + "/report", json("narrative", "Thành tích riêng của đơn vị thứ nhất"));
        ProposalClient coCandidate = ProposalClient.as(port, bloc.officer(2));
        JsonNode seen = coCandidate.get(p).json();
        assertThat(seen.get("candidates")).hasSize(2);
        for (JsonNode c : seen.get("candidates")) {
            if (c.get("id").asLong() == first) {
                assertThat(c.get("narrative").isNull())
                        .as("another candidate's report")
                        .isTrue();
                assertThat(c.get("eligibility").isNull())
                        .as("another candidate's findings")
                        .isTrue();
            }
        }
        assertThat(seen.get("files"))
                .as("another candidate's evidence is not even listed")
                .isEmpty();
        assertThat(seen.toString()).doesNotContain("Thành tích riêng của đơn vị thứ nhất");
        assertThat(ProposalClient.as(port, bloc.officer(1)).get(p).body())
                .contains("Thành tích riêng của đơn vị thứ nhất");
        assertThat(coCandidate.get(p).status())
                .as("it reads the proposal it stands in")
                .isEqualTo(200);
        assertThat(coCandidate.get(p + "/files/" + firstFile).status())
                .as("another candidate's evidence")
                .isEqualTo(403);
        assertThat(coCandidate
                        .get(p + "/documents/bao-cao-thanh-tich.pdf?candidateId=" + first)
                        .status())
                .as("another candidate's report")
                .isEqualTo(403);
        // a control character pasted into the narrative does not break the report
        assertThat(ProposalClient.as(port, bloc.officer(0))
                        .put(
                                p + "/candidates/" + second + "/report",
                                json("narrative", "Hoàn thành\u0001 xuất sắc\u202E nhiệm vụ"))
                        .status())
                .isEqualTo(200);
        assertThat(coCandidate.bytes(p + "/documents/bao-cao-thanh-tich.pdf?candidateId=" + second))
                .startsWith("%PDF".getBytes());
        assertThat(ProposalClient.as(port, bloc.officer(1)).bytes(p + "/files/" + firstFile))
                .isEqualTo(PDF);

        assertThat(ProposalClient.as(port, council.get(0)).get(p).status())
                .as("the council reads no draft")
                .isEqualTo(403);
        assertThat(ProposalClient.as(port, decider).get(p).status())
                .as("nor does the decider")
                .isEqualTo(403);
        assertThat(ProposalClient.as(port, decider)
                        .get("/api/v1/proposals")
                        .json()
                        .valueStream()
                        .noneMatch(x -> x.get("id").asLong() == id))
                .isTrue();

        // a person of another unit proposed by the bloc: its record (ratings, sanctions) is not the leader's to read
        JsonNode person = leader.post(
                        p + "/candidates",
                        json(
                                "kind",
                                "INDIVIDUAL",
                                "unitId",
                                bloc.unit(2),
                                "fullName",
                                "Trần Thị Cúc",
                                "award",
                                "BK_TINH"))
                .json();
        for (JsonNode c : person.get("candidates")) {
            if (c.get("kind").asString().equals("INDIVIDUAL")) {
                assertThat(c.get("eligibility").isNull()).isTrue();
            } else {
                assertThat(c.get("eligibility").isNull())
                        .as("a unit's awards are public decisions")
                        .isFalse();
            }
        }
        assertThat(ProposalClient.as(port, bloc.board())
                        .get(p)
                        .json()
                        .get("candidates")
                        .valueStream()
                        .allMatch(c -> !c.get("eligibility").isNull()))
                .isTrue();
    }

    @Test
    void aUnitOpensItsOwnProposalFromThePage() {
        BlocFixture.Bloc bloc = fixture.create(2, 2023);
        WebSession unit = WebSession.loggedIn(port, bloc.officer(1));
        String list = unit.get("/proposals").body();
        assertThat(list).contains("Lập đề nghị của đơn vị").contains("năm 2023");
        WebSession.Page refused = unit.postForm(
                "/proposals", Map.of("blocYearId", bloc.yearId(), "title", " ", "commendationType", "THUONG_XUYEN"));
        assertThat(refused.location()).endsWith("/proposals");
        assertThat(unit.get("/proposals").body()).contains("Hãy nhập tên đề nghị");
        WebSession.Page created = unit.postForm(
                "/proposals",
                Map.of(
                        "blocYearId",
                        bloc.yearId(),
                        "title",
                        "Đề nghị Tập thể lao động xuất sắc năm 2023",
                        "commendationType",
                        "THUONG_XUYEN"));
        assertThat(created.location()).matches(".*/proposals/\\d+$");
        String page = unit.get(created.location().substring(created.location().indexOf("/proposals/")))
                .body();
        assertThat(page)
                .contains("Đề nghị Tập thể lao động xuất sắc năm 2023")
                .contains("Thêm tập thể, cá nhân")
                .contains("Đơn vị: ");
    }

    @Test
    void aPendingDossierOfAMergedProvinceCarriesTheSuccessorsNameAndADecidedOneKeepsItsOwn() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2023);
        BlocFixture.Bloc successor = fixture.create(1, 2023);
        List<String> council = fixture.council(bloc, 3);
        ProposalClient decider = ProposalClient.as(port, fixture.decider(bloc));
        ProposalClient admin = ProposalClient.as(port, "admin");
        ProposalClient board = ProposalClient.as(port, bloc.board());
        long decided = throughCouncil(bloc, council, 1);
        assertThat(decider.post("/api/v1/proposals/" + decided + "/decision", decision(1))
                        .status())
                .isEqualTo(200);
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(2));
        long pending = ready(proposer, bloc, bloc.unit(2));
        assertThat(proposer.post("/api/v1/proposals/" + pending + "/submit", json("justification", ""))
                        .status())
                .isEqualTo(200);
        String authority = admin.get("/api/v1/authorities/" + bloc.authorityId())
                .json()
                .get("name")
                .asString();
        String successorAuthority = admin.get("/api/v1/authorities/" + successor.authorityId())
                .json()
                .get("name")
                .asString();
        String decidedUnit = unitName(admin, bloc.unit(1));
        String pendingUnit = unitName(admin, bloc.unit(2));
        String successorUnit = unitName(admin, successor.unit(0));

        // on 1 July 2025, after the decision of 10 February: the province merged, one unit renamed, one merged
        long renamed = admin.post(
                        "/api/v1/units",
                        json("authorityId", bloc.authorityId(), "name", decidedUnit + " mới", "kind", "SO"))
                .id();
        assertThat(admin.post(
                                "/api/v1/units/" + bloc.unit(1) + "/successions",
                                json("successorUnitId", renamed, "kind", "RENAMED", "effectiveOn", "2025-07-01"))
                        .status())
                .isEqualTo(201);
        assertThat(admin.post(
                                "/api/v1/units/" + bloc.unit(2) + "/successions",
                                json(
                                        "successorUnitId",
                                        successor.unit(0),
                                        "kind",
                                        "MERGED_INTO",
                                        "effectiveOn",
                                        "2025-07-01"))
                        .status())
                .isEqualTo(201);
        assertThat(admin.post(
                                "/api/v1/authorities/" + bloc.authorityId() + "/successions",
                                json(
                                        "kind",
                                        "MERGED_INTO",
                                        "successorAuthorityId",
                                        successor.authorityId(),
                                        "effectiveOn",
                                        "2025-07-01",
                                        "legalBasis",
                                        "Nghị quyết 202/2025/QH15"))
                        .status())
                .isEqualTo(201);

        JsonNode stillPending = board.get("/api/v1/proposals/" + pending).json();
        assertThat(stillPending.get("authorityName").asString()).isEqualTo(successorAuthority);
        JsonNode candidate = stillPending.get("candidates").get(0);
        assertThat(candidate.get("unitName").asString()).isEqualTo(successorUnit);
        assertThat(candidate.get("formerUnitName").asString()).isEqualTo(pendingUnit);
        assertThat(candidate.get("fullName").asString())
                .as("the collective is the unit itself")
                .isEqualTo(successorUnit);
        assertThat(WebSession.loggedIn(port, bloc.board())
                        .get("/proposals/" + pending)
                        .body())
                .contains(successorUnit + " (trước đây: " + pendingUnit + ")");
        assertThat(text(board.bytes("/api/v1/proposals/" + pending + "/documents/to-trinh.docx")))
                .contains(successorUnit + " (trước đây: " + pendingUnit + ")");

        JsonNode keptItsNames = board.get("/api/v1/proposals/" + decided).json();
        assertThat(keptItsNames.get("authorityName").asString()).isEqualTo(authority);
        assertThat(keptItsNames.get("candidates").get(0).get("unitName").asString())
                .isEqualTo(decidedUnit);
        assertThat(keptItsNames.get("candidates").get(0).get("formerUnitName").isNull())
                .isTrue();
        assertThat(text(board.bytes("/api/v1/proposals/" + decided + "/documents/quyet-dinh.docx")))
                .contains(decidedUnit)
                .doesNotContain(decidedUnit + " mới");

        // the successor's board reads the merged province's dossiers and awards, and takes no step on them
        ProposalClient successorBoard = ProposalClient.as(port, successor.board());
        assertThat(successorBoard.get("/api/v1/proposals/" + pending).status()).isEqualTo(200);
        assertThat(successorBoard
                        .get("/api/v1/proposals")
                        .json()
                        .valueStream()
                        .map(x -> x.get("id").asLong()))
                .contains(pending, decided);
        assertThat(successorBoard
                        .get("/api/v1/awards?q=" + URLEncoder.encode(decidedUnit, StandardCharsets.UTF_8))
                        .body())
                .contains(decidedUnit);
        WebSession successorPages = WebSession.loggedIn(port, successor.board());
        assertThat(successorPages.get("/units/" + bloc.unit(1)).body()).contains("id=\"unit-awards\"");
        assertThat(successorPages.get("/awards/units/" + bloc.unit(1)).body()).contains(decidedUnit, "01/QĐ-UBND");
        assertThat(successorBoard
                        .post("/api/v1/proposals/" + pending + "/start-review", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(status(board, pending)).isEqualTo("SUBMITTED");
        ProposalClient anotherBoard = ProposalClient.as(port, "ban.langson");
        assertThat(anotherBoard.get("/api/v1/proposals/" + pending).status()).isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "ban.langson")
                        .get("/awards/units/" + bloc.unit(1))
                        .status())
                .isEqualTo(403);
        // the renamed unit's own history, as a collective, still counts the Bằng khen decided under its former name
        assertThat(subjects.historyOf(null, SubjectKind.COLLECTIVE, renamed, decidedUnit + " mới", 2025)
                        .records())
                .extracting(r -> r.award() + " " + r.year())
                .contains(Award.BK_TINH + " 2023");
        assertThat(anotherBoard
                        .get("/api/v1/awards?q=" + URLEncoder.encode(decidedUnit, StandardCharsets.UTF_8))
                        .body())
                .doesNotContain(decidedUnit);
    }

    private static String unitName(ProposalClient api, long unit) {
        return api.get("/api/v1/units/" + unit).expect(200).json().get("name").asString();
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** A draft with one collective candidate (its own unit, Bằng khen) and its report: ready to submit. */
    private long ready(ProposalClient proposer, BlocFixture.Bloc bloc, long unit) {
        long id = proposer.draft(bloc, unit);
        JsonNode p = proposer.post(
                        "/api/v1/proposals/" + id + "/candidates",
                        json("kind", "COLLECTIVE", "unitId", unit, "award", "BK_TINH"))
                .expect(200, 201)
                .json();
        proposer.put(
                        "/api/v1/proposals/" + id + "/candidates/"
                                + p.get("candidates").get(0).get("id").asLong() + "/report",
                        json("narrative", "Hoàn thành xuất sắc nhiệm vụ năm " + bloc.year() + "."))
                .expect(200);
        return id;
    }

    private long throughCouncil(BlocFixture.Bloc bloc, List<String> council, int member) {
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(member));
        ProposalClient board = ProposalClient.as(port, bloc.board());
        long id = ready(proposer, bloc, bloc.unit(member));
        String p = "/api/v1/proposals/" + id;
        councilVotes(
                bloc,
                board,
                council,
                toCouncil(proposer, board, p, "")
                        .get("candidates")
                        .get(0)
                        .get("councilVoteId")
                        .asLong(),
                2);
        assertThat(board.post(p + "/record-council", "{}").json().get("status").asString())
                .isEqualTo("AWAITING_DECISION");
        return id;
    }

    /** A unit's proposal under the board's review, its proposer and board, and its first candidate. */
    private record UnderReview(
            BlocFixture.Bloc bloc, ProposalClient proposer, ProposalClient board, long id, String p, long candidate) {}

    /** Unit 1's own proposal {@link #underReview under review} in a new bloc year of two units (2023). */
    private UnderReview underReviewInANewBloc() {
        BlocFixture.Bloc bloc = fixture.create(2, 2023);
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(1));
        ProposalClient board = ProposalClient.as(port, bloc.board());
        long id = underReview(proposer, board, bloc);
        String p = "/api/v1/proposals/" + id;
        long candidate = board.get(p).json().get("candidates").get(0).get("id").asLong();
        return new UnderReview(bloc, proposer, board, id, p, candidate);
    }

    /** A unit's own proposal (its collective, Bằng khen), submitted and taken up by the board. */
    private long underReview(ProposalClient proposer, ProposalClient board, BlocFixture.Bloc bloc) {
        long id = ready(proposer, bloc, bloc.unit(1));
        assertThat(proposer.post("/api/v1/proposals/" + id + "/submit", json("justification", ""))
                        .status())
                .isEqualTo(200);
        assertThat(board.post("/api/v1/proposals/" + id + "/start-review", "{}").status())
                .isEqualTo(200);
        return id;
    }

    /** Submitted, every candidate checked, published, and (the period over) put to the council. */
    private JsonNode toCouncil(ProposalClient proposer, ProposalClient board, String p, String justification) {
        assertThat(proposer.post(p + "/submit", json("justification", justification))
                        .status())
                .isEqualTo(200);
        board.reviewAndCheckEveryCandidate(p);
        assertThat(board.post(p + "/publish", "{}").status()).isEqualTo(200);
        clock.advance(Duration.ofDays(8));
        try {
            JsonNode atCouncil = board.post(p + "/close-public-comment", "{}").json();
            assertThat(atCouncil.get("status").asString()).isEqualTo("COUNCIL");
            return atCouncil;
        } finally {
            clock.reset();
        }
    }

    /**
     * The council's secret ballot, all of it present: {@code yes} of its members approve, the others leave the ballot
     * blank.
     */
    private void councilVotes(BlocFixture.Bloc bloc, ProposalClient board, List<String> council, long vote, int yes) {
        councilVotes(bloc, board, council, vote, council.size(), yes);
    }

    /**
     * The council's secret ballot with {@code present} of its members there, each casting a ballot: the
     * first {@code yes} approve, the others leave it blank. Closed, and counted by its committee.
     */
    private void councilVotes(
            BlocFixture.Bloc bloc, ProposalClient board, List<String> council, long vote, int present, int yes) {
        Committee counting = committee(bloc, council, vote);
        long option = Votes.option(Votes.open(board.api(), vote, "present", present), 0);
        for (int i = 0; i < present; i++) {
            Votes.cast(Api.as(port, council.get(i)), vote, i < yes ? List.of(option) : List.of());
        }
        assertThat(Votes.close(board.api(), vote).get("status").asString()).isEqualTo("CLOSED");
        assertThat(counting.count().get("status").asString()).isEqualTo("VERIFIED");
    }

    /**
     * The counting committee of a council vote made when công khai closed: the board names itself and
     * the first council member, and both register their keys (the vote is still a draft).
     */
    private Committee committee(BlocFixture.Bloc bloc, List<String> council, long vote) {
        Api board = Api.as(port, bloc.board());
        board.post(
                        "/api/v1/votes/" + vote + "/committee",
                        Votes.read(board, vote, "trustees", List.of(bloc.board(), council.get(0))))
                .expect(200);
        return Committee.keys(port, vote, bloc.board());
    }

    private Answer nextYear(long unit, String name) {
        return eligibility.answer(
                new Question(
                        2024,
                        Award.BK_TINH,
                        CommendationType.THUONG_XUYEN,
                        subjects.historyOf(null, SubjectKind.COLLECTIVE, unit, name, 2024)),
                null);
    }

    private static String decision(int number) {
        return json(
                "number",
                number,
                "signedOn",
                "2025-02-10",
                "signerName",
                "Nguyễn Văn B",
                "signerTitle",
                "Phó Chủ tịch");
    }

    /** A member of the public's comment on the proposal, from Nguyễn Văn A with the contact given. */
    private static WebSession.Page comment(WebSession anyone, long id, String contact) {
        return anyone.postForm(
                "/public/proposals/" + id + "/comments",
                Map.of(
                        "authorName",
                        "Nguyễn Văn A",
                        "contact",
                        contact,
                        "body",
                        "Đơn vị còn để chậm hồ sơ một cuộc kiểm tra."));
    }

    /** The proposal submitted by its proposer without a justification; its status then. */
    private static String submitted(ProposalClient proposer, String p) {
        return proposer.post(p + "/submit", json("justification", ""))
                .json()
                .get("status")
                .asString();
    }

    /** A person of the unit proposed for the award ({@code more}: other fields of the candidate); the proposal. */
    private static JsonNode addPerson(
            ProposalClient proposer, String p, long unit, String fullName, String award, Object... more) {
        Object[] fields = Stream.concat(
                        Stream.of("kind", "INDIVIDUAL", "unitId", unit, "fullName", fullName, "award", award),
                        Arrays.stream(more))
                .toArray();
        return proposer.post(p + "/candidates", json(fields)).json();
    }

    private static String status(ProposalClient api, long id) {
        return api.get("/api/v1/proposals/" + id)
                .expect(200)
                .json()
                .get("status")
                .asString();
    }

    private static byte[] large() {
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        return big;
    }

    /** The name as someone types it without diacritics: the registry finds it all the same. */
    private static String plain(String s) {
        return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase();
    }
}
