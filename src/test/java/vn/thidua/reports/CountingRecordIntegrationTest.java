package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;
import static vn.thidua.support.Votes.option;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;
import vn.thidua.support.Votes;
import vn.thidua.support.WebSession;

@IntegrationTest
class CountingRecordIntegrationTest extends ApplicationTestBase {

    private static final String QUESTION = "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Sở số 1?";

    private JsonNode vote(BlocFixture.Bloc bloc, String method) {
        return Votes.yesOrNoFromTheLeader(port, bloc, method, QUESTION);
    }

    @Test
    void theCountingRecordOfAnEncryptedBallotGivesEveryFigureTheCommitteeAndEveryTrackingCode() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(6, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        JsonNode vote = vote(bloc, "SECRET_BALLOT");
        long id = vote.get("id").asLong();
        String record = "/api/v1/votes/" + id + "/counting-record";
        Api.Response draft = chair.get(record + ".pdf");
        assertThat(draft.status()).isEqualTo(400);
        assertThat(draft.body())
                .contains("Cuộc biểu quyết chưa kết thúc: biên bản kiểm phiếu chỉ lập được khi đã có kết quả.");

        Committee committee = Committee.keys(port, id, bloc.officer(0));
        Votes.open(
                chair,
                id,
                "presentUnitIds",
                List.of(bloc.unit(0), bloc.unit(1), bloc.unit(2), bloc.unit(3), bloc.unit(4)));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<Long> choice = i < 4 ? List.of(option(vote, 0)) : List.of();
            Api.Response cast = Votes.ballot(Api.as(port, bloc.officer(i)), id, choice);
            assertThat(cast.status()).as(cast.body()).isEqualTo(200);
            codes.add(cast.json().get("trackingCode").asString());
        }
        // unit 6 is absent and sends its opinion in writing: entered by the chair, confirmed by the board
        Api.Response entered = chair.postFile(
                "/api/v1/votes/" + id + "/written-opinions",
                Map.of("unitId", String.valueOf(bloc.unit(5)), "optionIds", String.valueOf(option(vote, 1))),
                "letter",
                "y-kien.pdf",
                Pdfs.onePage());
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(Api.as(port, bloc.board())
                        .post("/api/v1/votes/" + id + "/written-opinions/confirm", json("unitId", bloc.unit(5)))
                        .status())
                .isEqualTo(200);
        Votes.close(chair, id);
        assertThat(chair.get(record + ".docx").body())
                .as("closed, the committee not yet done")
                .contains("Ban kiểm phiếu chưa kiểm xong");
        JsonNode counted = committee.count();
        assertThat(counted.get("status").asString()).isEqualTo("VERIFIED");
        for (JsonNode ballot :
                chair.get("/api/v1/votes/" + id + "/bulletin").json().get("ballots")) {
            if (!codes.contains(ballot.get("trackingCode").asString())) {
                codes.add(ballot.get("trackingCode").asString());
            }
        }
        assertThat(codes).as("five ballots and the written opinion").hasSize(6);

        Api member = Api.as(port, bloc.officer(3));
        String docx = docxText(member.bytes(record + ".docx"));
        String pdf = pdfText(member.bytes(record + ".pdf"), "bien-ban-kiem-phieu-dien-tu");
        for (String text : List.of(docx, pdf)) {
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "BIÊN BẢN KIỂM PHIẾU",
                            "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Sở số 1",
                            "Khối kiểm thử",
                            "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024",
                            "Ban TĐKT",
                            "Cán bộ Sở số 2",
                            "BAN KIỂM PHIẾU",
                            "CHỦ TRÌ HỘI NGHỊ");
            assertThat(flat)
                    .containsPattern("Tổng số đơn vị thành viên \\(số thành viên\\) 6")
                    .containsPattern("Số đơn vị thành viên có mặt 5")
                    .containsPattern("Số ý kiến bằng văn bản được tính \\(thành viên vắng mặt\\) 1")
                    .containsPattern("Số phiếu phát ra 6")
                    .containsPattern("Số phiếu thu về 6")
                    .containsPattern("Số phiếu hợp lệ 6")
                    .containsPattern("Số phiếu không hợp lệ 0")
                    .containsPattern("Số phiếu trắng \\(không chọn phương án nào\\) 1")
                    .containsPattern("1 Đồng ý 4 66,67% 4 Đạt")
                    .containsPattern("2 Không đồng ý 1 16,67% 4 Không đạt")
                    .contains("quá 1/2 tổng số thành viên; có mặt từ 2/3 tổng số thành viên")
                    .contains("mọi phiếu thu về đều hợp lệ")
                    .contains("java -jar thidua.jar verify-vote")
                    .contains("Phương án đạt: Đồng ý (4/6).")
                    .contains("Ý KIẾN BẰNG VĂN BẢN ĐƯỢC TÍNH")
                    .contains(bloc.board())
                    .contains("DANH SÁCH MÃ THEO DÕI PHIẾU");
            for (String code : codes) {
                assertThat(flat).as("tracking code " + code).contains(code);
            }
        }

        assertThat(Api.as(port, fixture.create(2, 2024).officer(0))
                        .get(record + ".pdf")
                        .status())
                .as("no standing in the vote")
                .isEqualTo(403);
        WebSession page = WebSession.loggedIn(port, bloc.officer(2));
        assertThat(page.get("/votes/" + id).body())
                .contains("/votes/" + id + "/counting-record.docx", "/votes/" + id + "/counting-record.pdf");
        assertThat(docxText(page.download("/votes/" + id + "/counting-record.docx")))
                .contains("BIÊN BẢN KIỂM PHIẾU");
    }

    @Test
    void aPaperBallotsRecordNamesTheCommitteeEnteredWithTheCount() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(5, 2024);
        Api secretary = Api.as(port, bloc.officer(0));
        JsonNode vote = vote(bloc, "PAPER_BALLOT");
        long id = vote.get("id").asLong();
        Votes.open(secretary, id, "present", 4);
        WebSession page = WebSession.loggedIn(port, bloc.officer(0));
        assertThat(page.get("/votes/" + id).body())
                .as("no link before the result")
                .doesNotContain("counting-record");
        WebSession.Page refused = page.get("/votes/" + id + "/counting-record.pdf");
        assertThat(refused.status()).as("back to the vote with why").isEqualTo(302);
        assertThat(page.get(refused.location().replaceFirst("^https?://[^/]+", ""))
                        .body())
                .contains("Cuộc biểu quyết chưa kết thúc: biên bản kiểm phiếu chỉ lập được khi đã có kết quả.");
        assertThat(secretary
                        .post(
                                "/api/v1/votes/" + id + "/paper-count",
                                Votes.read(
                                        secretary,
                                        id,
                                        "counts",
                                        Map.of(option(vote, 0), 2, option(vote, 1), 1),
                                        "cast",
                                        4,
                                        "blank",
                                        1,
                                        "committee",
                                        "Nguyễn Văn Ánh (Trưởng ban), Trần Thị Bích, Lê Văn Cường"))
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, bloc.board())
                        .post(
                                "/api/v1/votes/" + id + "/paper-count/confirm",
                                Votes.read(Api.as(port, bloc.board()), id))
                        .status())
                .isEqualTo(200);

        String record = "/api/v1/votes/" + id + "/counting-record";
        for (String text : List.of(
                docxText(secretary.bytes(record + ".docx")),
                pdfText(secretary.bytes(record + ".pdf"), "bien-ban-kiem-phieu-giay"))) {
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains(
                            "Ban kiểm phiếu gồm: Nguyễn Văn Ánh (Trưởng ban), Trần Thị Bích, Lê Văn Cường.",
                            "Bỏ phiếu kín bằng phiếu giấy",
                            "Trần Thị Bích",
                            "Lê Văn Cường")
                    .containsPattern("Số phiếu phát ra 4")
                    .containsPattern("Số phiếu thu về 4")
                    .containsPattern("Số phiếu trắng \\(không chọn phương án nào\\) 1")
                    .containsPattern("1 Đồng ý 2 40% 3 Không đạt")
                    .containsPattern("2 Không đồng ý 1 20% 3 Không đạt")
                    .doesNotContain("MÃ THEO DÕI")
                    .doesNotContain("verify-vote");
        }
    }

    @Test
    void aShowOfHandsRecordSaysTheChairCountedWithoutBallots() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(4, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        JsonNode vote = vote(bloc, "SHOW_OF_HANDS");
        long id = vote.get("id").asLong();
        Votes.open(chair, id, "present", 2);
        Votes.close(chair, id, "counts", Map.of(option(vote, 0), 2, option(vote, 1), 0));
        String flat = docxText(chair.bytes("/api/v1/votes/" + id + "/counting-record.docx"))
                .replaceAll("\\s+", " ");
        assertThat(flat)
                .contains(
                        "Không có Ban kiểm phiếu (không có phiếu): kết quả do chủ trì",
                        "Biểu quyết giơ tay",
                        "Không đủ túc số")
                .doesNotContain("Số phiếu phát ra");
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return new XWPFWordExtractor(document).getText();
        }
    }

    /** The PDF's text; its first page is kept as a PNG under target/documents for a person to look at. */
    static String pdfText(byte[] pdf, String name) throws Exception {
        Path file = Path.of("target", "documents", name + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
