package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateFormats;
import vn.thidua.documents.render.DocxWriter;
import vn.thidua.documents.render.PdfWriter;

class DocumentRenderTest {

    static StateDocument sample(int paragraphs) {
        List<StateDocument.Block> body = new ArrayList<>();
        body.add(new StateDocument.Grounds(List.of(
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                "Căn cứ Quy chế tổ chức và hoạt động của Cụm")));
        body.add(new StateDocument.Heading("I. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA"));
        for (int i = 0; i < paragraphs; i++) {
            body.add(StateDocument.Paragraph.of(
                    "Năm 2021, các đơn vị thành viên Cụm đã tích cực hưởng ứng phong trào thi đua "
                            + "\"Cả nước chung sức xây dựng nông thôn mới\", hoàn thành xuất sắc nhiệm vụ được giao; đoàn kết, "
                            + "phối hợp chặt chẽ trong công tác tham mưu tổng hợp cho Tỉnh ủy, HĐND, UBND tỉnh."));
        }
        body.add(new StateDocument.Table(
                List.of("TT", "Đơn vị", "Tổng điểm", "Xếp hạng"),
                List.of(
                        List.of("1", "Sở Tài chính", "103", "Hạng Nhất"),
                        List.of("2", "Văn phòng Đoàn ĐBQH&HĐND tỉnh", "100", "Hạng Nhì"),
                        List.of("3", "Sở Ngoại vụ", "97", "Hạng Ba")),
                List.of(1, 6, 2, 2),
                List.of(0, 2)));
        body.add(StateDocument.Paragraph.toWrite("[Phần đánh giá chung do Cụm trưởng soạn.]"));
        return new StateDocument(
                "UBND tỉnh Lạng Sơn",
                "Cụm các cơ quan Tham mưu tổng hợp",
                StateFormats.number(1, "BC-CTĐ"),
                StateFormats.placeAndDate("Lạng Sơn", LocalDate.of(2022, 1, 20)),
                "Báo cáo",
                "Tổng kết công tác thi đua, khen thưởng năm 2021",
                body,
                new StateDocument.Signature("TM.", "Cụm thi đua", "Cụm trưởng", "Giám đốc Sở Tài chính"),
                List.of("Ban Thi đua - Khen thưởng tỉnh;", "Các đơn vị thành viên Cụm;", "Lưu: VT."));
    }

    @Test
    void numbersAndDatesFollowTheDecree() {
        assertThat(StateFormats.number(5, "BC-KTĐ")).isEqualTo("Số: 05/BC-KTĐ");
        assertThat(StateFormats.number(15, "QĐ-UBND")).isEqualTo("Số: 15/QĐ-UBND");
        assertThat(StateFormats.placeAndDate("Quảng Ngãi", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Quảng Ngãi, ngày 05 tháng 02 năm 2026");
        assertThat(StateFormats.placeAndDate("Lạng Sơn", LocalDate.of(2022, 11, 20)))
                .isEqualTo("Lạng Sơn, ngày 20 tháng 11 năm 2022");
        assertThat(StateFormats.placeAndDate("Hà Nội", LocalDate.of(2023, 3, 9)))
                .isEqualTo("Hà Nội, ngày 09 tháng 3 năm 2023");
        assertThat(AuthorityNames.decisionSymbol("Bộ Tư pháp", false)).isEqualTo("QĐ-BTP");
        assertThat(AuthorityNames.inSentence("Tỉnh Lạng Sơn")).isEqualTo("tỉnh Lạng Sơn");
        assertThat(AuthorityNames.inSentence("Thành phố Đà Nẵng")).isEqualTo("thành phố Đà Nẵng");
        assertThat(AuthorityNames.place("Tỉnh Lạng Sơn")).isEqualTo("Lạng Sơn");
        assertThat(AuthorityNames.place("Bộ Tư pháp")).isEqualTo("Hà Nội");
        assertThat(new StateDocument.Grounds(List.of("Căn cứ A;", "Căn cứ B")).punctuated())
                .containsExactly("Căn cứ A;", "Căn cứ B.");
    }

    @Test
    void theWordFileHasTheHeaderElementsInOrderAndRealTables() throws Exception {
        byte[] docx = DocxWriter.write(sample(3));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = doc.getTables().get(0);
            String left = header.getRow(0).getCell(0).getText();
            String right = header.getRow(0).getCell(1).getText();
            assertThat(left)
                    .containsSubsequence("UBND TỈNH LẠNG SƠN", "CỤM CÁC CƠ QUAN THAM MƯU TỔNG HỢP", "Số: 01/BC-CTĐ");
            assertThat(right)
                    .containsSubsequence(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Lạng Sơn, ngày 20 tháng 01 năm 2022");
            XWPFParagraph parent = header.getRow(0).getCell(0).getParagraphs().get(0);
            XWPFParagraph body = header.getRow(0).getCell(0).getParagraphs().get(1);
            assertThat(parent.getRuns().get(0).isBold()).isFalse();
            assertThat(body.getRuns().get(0).isBold()).isTrue();
            assertThat(header.getRow(0)
                            .getCell(1)
                            .getParagraphs()
                            .get(2)
                            .getRuns()
                            .get(0)
                            .isItalic())
                    .isTrue();
            List<String> paragraphs = doc.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank())
                    .toList();
            assertThat(paragraphs)
                    .containsSubsequence(
                            "BÁO CÁO",
                            "Tổng kết công tác thi đua, khen thưởng năm 2021",
                            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                            "Căn cứ Quy chế tổ chức và hoạt động của Cụm.",
                            "I. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA");
            XWPFTable data = doc.getTables().get(1);
            assertThat(data.getRow(1).getCell(1).getText()).isEqualTo("Sở Tài chính");
            assertThat(data.getRow(3).getCell(3).getText()).isEqualTo("Hạng Ba");
            String signature = doc.getTables().get(2).getText();
            assertThat(signature)
                    .containsSubsequence(
                            "Nơi nhận:", "- Lưu: VT.", "TM. CỤM THI ĐUA", "CỤM TRƯỞNG", "Giám đốc Sở Tài chính");
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg())
                    .as("no number on page 1")
                    .isTrue();
            assertThat(doc.getHeaderList()).hasSize(2);
        }
    }

    @Test
    void thePdfEmbedsItsFontsKeepsTheDiacriticsAndNumbersPagesFromTwo() throws Exception {
        byte[] pdf = PdfWriter.write(sample(14));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .containsSubsequence(
                            "UBND TỈNH LẠNG SƠN",
                            "Số: 01/BC-CTĐ",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Lạng Sơn, ngày 20 tháng 01 năm 2022",
                            "BÁO CÁO",
                            "Văn phòng Đoàn ĐBQH&HĐND tỉnh",
                            "Nơi nhận:",
                            "CỤM TRƯỞNG",
                            "Giám đốc Sở Tài chính");
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            assertThat(first.getText(doc).strip()).doesNotStartWith("1");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(doc).strip()).startsWith("2");
            for (PDFont font : fonts(doc)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("Liberation");
            }
            Path png = Path.of("target", "documents", "bao-cao-mau-trang-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", png.toFile());
        }
    }

    static List<PDFont> fonts(PDDocument doc) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
