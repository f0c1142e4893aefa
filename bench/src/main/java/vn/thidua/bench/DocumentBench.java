package vn.thidua.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateFormats;
import vn.thidua.documents.render.CertificateWriter;
import vn.thidua.documents.render.DocxWriter;
import vn.thidua.documents.render.PdfWriter;

/**
 * (1) N certificates into one PDF file; (2) a ten-page summary report to DOCX and to PDF. Run with
 * -Xmx512m to hold the heap goal. Usage: java -Xmx512m ... vn.thidua.bench.DocumentBench [certificates]
 */
public final class DocumentBench {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<Certificate> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Certificate(
                    "Nguyễn Thị Phương Thảo số " + i,
                    "Sở Tài chính tỉnh Lạng Sơn",
                    "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025, góp phần vào sự nghiệp xây dựng "
                            + "và phát triển kinh tế - xã hội của tỉnh",
                    "Quyết định số 15/QĐ-UBND ngày 20/01/2026",
                    String.valueOf(1000 + i)));
        }
        Certificate.Batch batch = new Certificate.Batch(
                Certificate.Kind.BANG_KHEN,
                "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
                StateFormats.placeAndDate("Lạng Sơn", LocalDate.of(2026, 1, 25)),
                "Chủ tịch",
                "Hồ Tiến Thiệu",
                list);
        Path out = Files.createTempFile("bang-khen", ".pdf");
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            try (OutputStream file = Files.newOutputStream(out)) {
                CertificateWriter.write(batch, file);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                System.out.printf(
                        "round %d: %,d certificates, %,d pages, %.1f MB, %.2f s%n",
                        round, count, doc.getNumberOfPages(), Files.size(out) / 1e6, seconds);
            }
        }
        System.out.printf(
                "peak heap used: %.0f MB (max %d MB)%n",
                peakHeap() / 1e6, Runtime.getRuntime().maxMemory() >> 20);

        StateDocument report = report();
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            byte[] docx = DocxWriter.write(report);
            double docxSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            byte[] pdf = PdfWriter.write(report);
            double pdfSeconds = (System.nanoTime() - t0) / 1e9;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                System.out.printf(
                        "round %d: report DOCX %,d bytes in %.0f ms; PDF %d pages, %,d bytes in %.0f ms%n",
                        round, docx.length, docxSeconds * 1000, doc.getNumberOfPages(), pdf.length, pdfSeconds * 1000);
            }
        }
        Files.deleteIfExists(out);
    }

    /** A report of about ten pages: a 60-unit ranking table and forty paragraphs. */
    static StateDocument report() {
        List<StateDocument.Block> body = new ArrayList<>();
        body.add(new StateDocument.Heading("I. ĐẶC ĐIỂM, TÌNH HÌNH"));
        for (int i = 0; i < 40; i++) {
            body.add(
                    StateDocument.Paragraph.of(
                            "Năm 2025, các đơn vị thành viên Khối đã tích cực hưởng ứng phong trào thi đua "
                                    + "\"Cả nước chung sức xây dựng nông thôn mới\", hoàn thành xuất sắc nhiệm vụ chính trị được giao; đoàn kết, "
                                    + "phối hợp chặt chẽ trong công tác tham mưu tổng hợp; thực hiện nghiêm các chỉ tiêu đã đăng ký trong giao ước "
                                    + "thi đua; đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp."));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of(
                    String.valueOf(i),
                    "Đơn vị thành viên số " + i,
                    "9" + (i % 10),
                    "2",
                    "0",
                    "9" + (i % 10),
                    i <= 3 ? "Hạng " + i : "",
                    "Hoàn thành xuất sắc nhiệm vụ"));
        }
        body.add(new StateDocument.Heading("II. KẾT QUẢ CHẤM ĐIỂM"));
        body.add(new StateDocument.Table(
                List.of(
                        "TT",
                        "Đơn vị",
                        "Điểm tiêu chí",
                        "Điểm thưởng",
                        "Điểm trừ",
                        "Tổng điểm",
                        "Xếp hạng",
                        "Mức hoàn thành"),
                rows,
                List.of(2, 8, 3, 3, 2, 3, 3, 5),
                List.of(0, 2, 3, 4, 5)));
        return new StateDocument(
                "UBND tỉnh Lạng Sơn",
                "Khối thi đua các cơ quan Tham mưu",
                StateFormats.number(3, "BC-KTĐ"),
                StateFormats.placeAndDate("Lạng Sơn", LocalDate.of(2026, 1, 20)),
                "Báo cáo",
                "Tổng kết công tác thi đua năm 2025",
                body,
                new StateDocument.Signature("TM.", "Khối thi đua", "Khối trưởng", "Nguyễn Văn A"),
                List.of("Ban Thi đua - Khen thưởng tỉnh;", "Lưu: VT."));
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
