package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.WebSession;
import vn.thidua.support.WebSession.Page;

@IntegrationTest
class YearDocumentsIntegrationTest extends ApplicationTestBase {

    static String query(String place) {
        return "?date=2022-01-20&place=" + URLEncoder.encode(place, StandardCharsets.UTF_8)
                + "&summaryNumber=3&minutesNumber=3&submissionNumber=3&decisionNumber=3&signerName=Nguy%E1%BB%85n%20V%C4%83n%20A";
    }

    @Test
    void everySeedBlocYearGetsItsSummaryReportInWordAndPdf() throws Exception {
        Api admin = Api.as(port, "admin");
        int reports = 0;
        for (JsonNode bloc : admin.get("/api/v1/blocs").json()) {
            for (JsonNode year : admin.get("/api/v1/blocs/" + bloc.get("id").asLong() + "/years")
                    .json()) {
                String base = "/bloc-years/" + year.get("id").asLong() + "/documents/summary";
                byte[] docx = admin.bytes(base + ".docx" + query("Lạng Sơn"));
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                    String left = doc.getTables().get(0).getRow(0).getCell(0).getText();
                    assertThat(left)
                            .contains(bloc.get("name").asString().toUpperCase())
                            .contains("Số: 03/BC-");
                    String text = String.join(
                            "\n",
                            doc.getParagraphs().stream()
                                    .map(XWPFParagraph::getText)
                                    .toList());
                    assertThat(text)
                            .contains("Tổng kết công tác thi đua, khen thưởng năm "
                                    + year.get("year").asInt());
                    for (JsonNode member : year.get("members")) {
                        assertThat(text).contains(member.get("name").asString());
                    }
                }
                String documents = "/bloc-years/" + year.get("id").asLong() + "/documents/";
                for (String[] kind : new String[][] {
                    {"bien-ban-hoi-nghi", "BIÊN BẢN", "BB-"},
                    {"to-trinh", "TỜ TRÌNH", "TTr-"},
                    {"quyet-dinh", "QUYẾT ĐỊNH", "QĐ-"}
                }) {
                    try (XWPFDocument doc = new XWPFDocument(
                            new ByteArrayInputStream(admin.bytes(documents + kind[0] + ".docx" + query("Lạng Sơn"))))) {
                        assertThat(doc.getTables().get(0).getText()).contains("Số: 03/" + kind[2]);
                        assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                                .contains(kind[1]);
                    }
                }
                byte[] pdf = admin.bytes(base + ".pdf" + query("Lạng Sơn"));
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertThat(new PDFTextStripper().getText(doc))
                            .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                            .contains("Lạng Sơn, ngày 20 tháng 01 năm 2022")
                            .contains("Nguyễn Văn A");
                }
                reports++;
            }
        }
        assertThat(reports).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aScoredYearsReportCarriesItsRankingAndProposals() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api leader = Api.as(port, bloc.officer(0));
        fixture.rank(port, bloc, new double[][] {{10, 20, 10}, {9, 18, 9}, {8, 15, 7}});

        String base = "/bloc-years/" + bloc.yearId() + "/documents/summary";
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(leader.bytes(base + ".docx" + query("Hà Nội"))))) {
            var table = doc.getTables().get(1);
            assertThat(table.getRow(0).getCell(5).getText()).isEqualTo("Tổng điểm");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Sở số 1 " + tag(bloc));
            assertThat(table.getRow(1).getCell(5).getText()).isEqualTo("40");
            assertThat(table.getRow(2).getCell(5).getText()).isEqualTo("36");
            String text = String.join(
                    "\n",
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text)
                    .contains("3/3 đơn vị đã ký kết giao ước thi đua.")
                    .contains("\"Chuyển đổi số\"")
                    .contains("- Tặng Cờ thi đua: Sở số 1 " + tag(bloc) + ";")
                    .contains("- Tặng Bằng khen: Sở số 2 " + tag(bloc) + ", Sở số 3 " + tag(bloc) + ".");
        }
        byte[] pdf = leader.bytes(base + ".pdf" + query("Hà Nội"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .containsSubsequence(
                            "BÁO CÁO",
                            "I. ĐẶC ĐIỂM, TÌNH HÌNH",
                            "II. KẾT QUẢ",
                            "Sở số 1",
                            "III. ĐỀ NGHỊ",
                            "IV. PHƯƠNG HƯỚNG",
                            "Nơi nhận:",
                            "TM. KHỐI THI ĐUA",
                            "KHỐI TRƯỞNG");
            Path png = Path.of("target", "documents", "bao-cao-tong-ket-trang-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", png.toFile());
        }
        assertThat(Api.as(port, bloc.officer(2))
                        .get(base + ".docx" + query("Hà Nội"))
                        .status())
                .as("a member")
                .isEqualTo(403);

        String documents = "/bloc-years/" + bloc.yearId() + "/documents/";
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(leader.bytes(documents + "to-trinh.docx" + query("Hà Nội"))))) {
            String text = String.join(
                    "\n",
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(doc.getTables().get(0).getText()).contains("Số: 03/TTr-KTĐ");
            assertThat(text)
                    .containsSubsequence(
                            "TỜ TRÌNH", "Về việc đề nghị khen thưởng năm 2024", "Kính gửi: Ủy ban nhân dân tỉnh");
            var list = doc.getTables().get(1);
            assertThat(list.getRow(1).getCell(2).getText()).isEqualTo("Cờ thi đua của Ủy ban nhân dân tỉnh");
            assertThat(list.getRow(2).getCell(2).getText()).isEqualTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        }
        try (PDDocument doc = Loader.loadPDF(leader.bytes(documents + "bien-ban-hoi-nghi.pdf" + query("Hà Nội")))) {
            assertThat(new PDFTextStripper().getText(doc))
                    .containsSubsequence(
                            "BIÊN BẢN",
                            "I. THỜI GIAN, ĐỊA ĐIỂM",
                            "ngày 20 tháng 01 năm 2022 tại Hà Nội",
                            "II. THÀNH PHẦN",
                            "III. NỘI DUNG",
                            "THƯ KÝ",
                            "CHỦ TRÌ HỘI NGHỊ");
        }
        assertThat(leader.get(documents + "quyet-dinh.docx" + query("Hà Nội")).status())
                .as("only the board decides")
                .isEqualTo(403);
        byte[] decision = Api.as(port, bloc.board()).bytes(documents + "quyet-dinh.pdf" + query("Hà Nội"));
        try (PDDocument doc = Loader.loadPDF(decision)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .containsSubsequence(
                            "ỦY BAN NHÂN DÂN TỈNH",
                            "Số: 03/QĐ-UBND",
                            "QUYẾT ĐỊNH",
                            "Căn cứ Luật Thi đua, khen thưởng 2003",
                            "QUYẾT ĐỊNH:",
                            "Điều 1.",
                            "Điều 3.",
                            "DANH SÁCH",
                            "Kèm theo Quyết định số 03/QĐ-UBND ngày 20 tháng 01 năm 2022",
                            "Cờ thi đua của Ủy ban nhân");
            Path png = Path.of("target", "documents", "quyet-dinh-trang-1.png");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", png.toFile());
        }
        WebSession session = WebSession.loggedIn(port, bloc.officer(0));
        assertThat(session.get("/bloc-years/" + bloc.yearId() + "/documents/summary.docx?date=&place=&summaryNumber=-1")
                        .body())
                .contains("Hãy nhập ngày ban hành.")
                .contains("Hãy nhập địa danh")
                .contains("Số văn bản phải là số nguyên dương.");
        // words in the number and a day that does not exist: the form again, with the place and signer kept
        Page typed = session.get("/bloc-years/" + bloc.yearId()
                + "/documents/summary.docx?date=31/02/2023&place=Ha%20Noi&summaryNumber=abc&signerName=Tran%20Van%20B");
        assertThat(typed.status()).isEqualTo(200);
        assertThat(typed.body())
                .containsPattern(
                        "(?s)id=\"summaryNumber\" name=\"summaryNumber\" value=\"abc\".*?invalid-feedback\">Cần nhập một số nguyên.")
                .containsPattern(
                        "(?s)id=\"date\" name=\"date\" value=\"31/02/2023\".*?invalid-feedback\">Ngày không hợp lệ")
                .contains("value=\"Ha Noi\"", "value=\"Tran Van B\"");
    }

    @Test
    void aSubmissionAfterARenameNamesTheUnitsSuccessorAndTheReportTheUnitOfTheYear() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        fixture.rank(port, bloc, new double[][] {{10, 20, 10}, {9, 18, 9}, {8, 15, 7}});
        Api admin = Api.as(port, "admin");
        String first = "Sở số 1 " + tag(bloc);
        long renamed = admin.post(
                        "/api/v1/units",
                        Api.json("authorityId", bloc.authorityId(), "name", first + " mới", "kind", "SO"))
                .id();
        assertThat(admin.post(
                                "/api/v1/units/" + bloc.unit(0) + "/successions",
                                Api.json("successorUnitId", renamed, "kind", "RENAMED", "effectiveOn", "2025-07-01"))
                        .status())
                .isEqualTo(201);
        Api board = Api.as(port, bloc.board());
        String documents = "/bloc-years/" + bloc.yearId() + "/documents/";
        String before = "?date=2025-06-30&place=H%C3%A0%20N%E1%BB%99i&submissionNumber=4";
        String after = "?date=2025-08-01&place=H%C3%A0%20N%E1%BB%99i&submissionNumber=5";

        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(board.bytes(documents + "to-trinh.docx" + after)))) {
            assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText())
                    .isEqualTo(first + " mới (trước đây: " + first + ")");
        }
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(board.bytes(documents + "to-trinh.docx" + before)))) {
            assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).isEqualTo(first);
        }
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(board.bytes(documents + "summary.docx" + after)))) {
            String text = String.join(
                    "\n",
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text)
                    .as("the year's report names the units of the year")
                    .contains("- Tặng Cờ thi đua: " + first + ";");
        }
    }

    @Test
    void theDashboardIsTheBoardsOwnWithItsAwardFiguresAndExcel() throws Exception {
        WebSession quangNam = WebSession.loggedIn(port, "ban.quangnam");
        String page = quangNam.get("/dashboard?year=2023").body();
        assertThat(page)
                .contains("Tình hình thi đua năm <span>2023</span>:")
                .contains("<span>Tỉnh Quảng Nam</span>")
                .contains("Khối thi đua các cơ quan Tham mưu I")
                .contains("Số khen thưởng theo năm")
                .contains("Chiến sĩ thi đua cơ sở");
        long langSon = new Registry(Api.as(port, "admin")).authority("lang-son");
        assertThat(quangNam.get("/dashboard?authorityId=" + langSon).status()).isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "taichinh.langson")
                        .get("/dashboard?authorityId=" + langSon)
                        .status())
                .isEqualTo(403);
        byte[] xlsx = quangNam.download("/dashboard/export.xlsx?year=2023");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Khối, cụm thi đua");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Khối thi đua các cơ quan Tham mưu I");
        }
    }

    private static String tag(BlocFixture.Bloc bloc) {
        return bloc.officer(0).substring("cb1-".length());
    }
}
