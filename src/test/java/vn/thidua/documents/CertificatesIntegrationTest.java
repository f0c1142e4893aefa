package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

@IntegrationTest
class CertificatesIntegrationTest extends ApplicationTestBase {

    static byte[] list(String[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("Họ và tên (tên tập thể)");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "BANG_KHEN");
        form.put("conferredBy", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn");
        form.put("place", "Lạng Sơn");
        form.put("date", "2022-01-25");
        form.put("signerTitle", "Chủ tịch");
        form.put("signerName", "Hồ Tiến Thiệu");
        return form;
    }

    @Test
    void theBoardPrintsTheSeedClustersCertificatesOnePagePerRecipient() throws Exception {
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        assertThat(board.get("/documents/certificates").body())
                .contains("value=\"Chủ tịch Ủy ban nh")
                .contains("tỉnh Lạng Sơn\"");
        byte[] xlsx = list(
                new String[] {
                    "Văn phòng Đoàn ĐBQH&HĐND tỉnh",
                    "Tỉnh Lạng Sơn",
                    "Đã có thành tích xuất sắc trong phong trào thi đua năm 2021, xếp thứ Nhì Cụm các cơ quan Tham mưu tổng hợp",
                    "15/QĐ-UBND",
                    "20/01/2022",
                    "101"
                },
                new String[] {
                    "Sở Ngoại vụ",
                    "Tỉnh Lạng Sơn",
                    "Đã có thành tích xuất sắc trong phong trào thi đua năm 2021",
                    "15/QĐ-UBND",
                    "20/01/2022",
                    "102"
                });
        byte[] pdf = board.postFileBytes("/documents/certificates", form(), "file", "danh-sach.xlsx", xlsx);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(first.getText(doc))
                    .containsSubsequence(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                            "BẰNG KHEN",
                            "Tặng",
                            "Văn phòng Đoàn ĐBQH&HĐND tỉnh",
                            "Quyết định số 15/QĐ-UBND ngày 20/01/2022",
                            "Lạng Sơn, ngày 25 tháng 01 năm 2022",
                            "Hồ Tiến Thiệu");
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Sở Ngoại vụ")
                    .contains("Số: 102");
            Path png = Path.of("target", "documents", "bang-khen-trang-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 60), "png", png.toFile());
        }
    }

    @Test
    void aMinistrysBoardStartsTheFormWithItsMinisterNotAProvincesChairman() {
        String page = HtmlUtils.htmlUnescape(WebSession.loggedIn(port, "ban.botuphap")
                .get("/documents/certificates")
                .body());
        assertThat(page)
                .contains("name=\"conferredBy\" value=\"Bộ trưởng Bộ Tư pháp\"")
                .contains("name=\"place\" value=\"Hà Nội\"")
                .contains("name=\"signerTitle\" value=\"Bộ trưởng\"")
                .doesNotContain("Ủy ban nhân dân Bộ");
    }

    @Test
    void aListWithWrongRowsPrintsNothingAndNamesEachRow() throws Exception {
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        board.get("/documents/certificates");
        byte[] xlsx = list(
                new String[] {"Sở Tư pháp", "", "", "15/QĐ-UBND", "32/01/2022"},
                new String[] {"", "", "Thành tích", "", "20/01/2022"});
        WebSession.Page page = board.postFile("/documents/certificates", form(), "file", "ds.xlsx", xlsx);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Dòng 2: thiếu nội dung thành tích.")
                .contains("Dòng 2, cột Ngày quyết định: &quot;32/01/2022&quot; không phải ngày dạng dd/mm/yyyy.")
                .contains("Dòng 3: thiếu họ và tên (tên tập thể).")
                .contains("Dòng 3: thiếu số quyết định.");
        Map<String, String> noSigner = form();
        noSigner.put("signerName", "");
        board.get("/documents/certificates");
        assertThat(board.postFile("/documents/certificates", noSigner, "file", "ds.xlsx", xlsx)
                        .body())
                .contains("Hãy nhập họ tên người ký.");
        assertThat(WebSession.loggedIn(port, "taichinh.langson")
                        .get("/documents/certificates")
                        .status())
                .isEqualTo(403);
    }
}
