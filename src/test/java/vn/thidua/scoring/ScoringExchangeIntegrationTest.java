package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;

/** Excel in and out, evidence files, the board's tables, and the launch and covenant. */
@IntegrationTest
class ScoringExchangeIntegrationTest extends ApplicationTestBase {

    private Api as(String username) {
        return Api.as(port, username);
    }

    /** Fills the "Điểm" column of an exported sheet: code → value (a number, or text as typed). */
    static byte[] fill(byte[] exported, Map<String, Object> values) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("Chấm điểm");
            for (Row row : sheet) {
                String code = row.getCell(0) == null ? "" : row.getCell(0).toString();
                Object value = values.get(code);
                if (value instanceof Number n) {
                    row.createCell(5).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(5).setCellValue(value.toString());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aBlankSheetGoesOutAndComesBackFilled() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api officer = as(bloc.officer(1));
        String sheet = bloc.path("/sheets/SELF/" + bloc.unit(1));
        byte[] blank = officer.bytes(sheet + ".xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            Sheet s = workbook.getSheet("Chấm điểm");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024");
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(s.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Hoàn thành chỉ tiêu");
        }

        Api.Response imported = officer.postFile(
                sheet + "/import",
                Map.of("version", "0"),
                "phieu.xlsx",
                fill(blank, Map.of("1.1", 9, "1.2", "17,5", "2.1", 8)));
        assertThat(imported.status()).isEqualTo(200);
        JsonNode lines = imported.json().get("lines");
        assertThat(lines.get(1).get("points").decimalValue()).isEqualByComparingTo("17.5");
        byte[] again = officer.bytes(sheet + ".xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            assertThat(workbook.getSheet("Chấm điểm").getRow(6).getCell(5).getNumericCellValue())
                    .isEqualTo(17.5);
        }
    }

    @Test
    void aMalformedWorkbookIsRefusedRowByRowAndChangesNothing() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api officer = as(bloc.officer(2));
        String sheet = bloc.path("/sheets/SELF/" + bloc.unit(2));
        long version = officer.put(sheet, json("version", 0, "entries", List.of(Map.of("code", "1.1", "points", 6))))
                .json()
                .get("version")
                .asLong();
        Map<String, String> read = Map.of("version", String.valueOf(version));
        byte[] blank = officer.bytes(sheet + ".xlsx");

        byte[] bad = fill(blank, Map.of("1.1", 12, "1.2", "mười lăm", "2.1", 8));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bad));
                var out = new ByteArrayOutputStream()) {
            Row extra = workbook.getSheet("Chấm điểm").createRow(20);
            extra.createCell(0).setCellValue("9.9");
            extra.createCell(5).setCellValue(1);
            workbook.write(out);
            bad = out.toByteArray();
        }
        Api.Response refused = officer.postFile(sheet + "/import", read, "phieu.xlsx", bad);
        assertThat(refused.status()).isEqualTo(400);
        List<String> messages = refused.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("message").asString())
                .toList();
        assertThat(messages)
                .containsExactlyInAnyOrder(
                        "Dòng 7, cột Điểm: \"mười lăm\" không phải là số.",
                        "Dòng 6: Điểm 12 của tiêu chí 1.1 phải từ 0 đến 10.",
                        "Dòng 21: Mã tiêu chí \"9.9\" không có trong bảng tiêu chí của khối.");
        assertThat(officer.get(sheet).json().get("lines").get(0).get("points").decimalValue())
                .isEqualByComparingTo("6");

        byte[] noSheet;
        try (Workbook workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Mã");
            workbook.write(out);
            noSheet = out.toByteArray();
        }
        Api.Response missing = officer.postFile(sheet + "/import", read, "phieu.xlsx", noSheet);
        assertThat(missing.json().get("errors").get(0).get("message").asString())
                .startsWith("Không có trang tính \"Chấm điểm\"");
        Api.Response notExcel = officer.postFile(
                sheet + "/import", read, "phieu.xlsx", "không phải excel".getBytes(StandardCharsets.UTF_8));
        assertThat(notExcel.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Tệp không đọc được như một bảng tính Excel (.xlsx).");
        assertThat(officer.get(sheet).json().get("lines").get(0).get("points").decimalValue())
                .isEqualByComparingTo("6");
    }

    @Test
    void evidenceIsCheckedByItsContentAndStoredWithItsChecksum() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api officer = as(bloc.officer(1));
        String upload = bloc.path("/sheets/SELF/" + bloc.unit(1) + "/evidence");
        byte[] pdf = Pdfs.onePage();

        Api.Response stored = officer.postFile(upload, Map.of("criterionCode", "1.2"), "Báo cáo tổng kết.pdf", pdf);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("sha256").asString())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.json().get("fileName").asString()).isEqualTo("Báo cáo tổng kết.pdf");
        assertThat(officer.bytes(bloc.path("/evidence/" + stored.id()))).isEqualTo(pdf);
        assertThat(officer.get(bloc.path("/sheets/SELF/" + bloc.unit(1)))
                        .json()
                        .get("lines")
                        .get(1)
                        .get("evidence"))
                .hasSize(1);
        assertThat(as(bloc.officer(2))
                        .get(bloc.path("/evidence/" + stored.id()))
                        .status())
                .isEqualTo(403);

        Api.Response disguised = officer.postFile(
                upload, Map.of(), "bao-cao.pdf", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.body()).contains("không phải PDF, Word (.docx), Excel (.xlsx) hay ảnh");
        assertThat(officer.postFile(upload, Map.of(), "script.js", "alert(1)".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(400);
        assertThat(officer.postFile(upload, Map.of(), "rong.pdf", new byte[0]).body())
                .contains("Tệp minh chứng rỗng.");
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertThat(officer.postFile(upload, Map.of(), "lon.pdf", big).body()).contains("vượt quá 1 MB");
        assertThat(as(bloc.officer(2)).postFile(upload, Map.of(), "x.pdf", pdf).status())
                .isEqualTo(403);

        // a right-to-left override or a folder in the name is not kept: what is shown is what the file is
        assertThat(officer.postFile(upload, Map.of(), "../../bien-ban\u202Etxt.pdf", pdf)
                        .json()
                        .get("fileName")
                        .asString())
                .isEqualTo("bien-bantxt.pdf");
        assertThat(officer.postFile(
                                upload,
                                Map.of(),
                                "trang-web.pdf",
                                "%PDF-1.7\n<html></html>".getBytes(StandardCharsets.US_ASCII))
                        .status())
                .isEqualTo(400);
        assertThat(officer.postFile(
                                upload, Map.of(), "anh.png", "\u0089PNG\r\n giả".getBytes(StandardCharsets.ISO_8859_1))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theBoardsTableIsValidatedVersionedAndExchangedAsExcel() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Api board = as(bloc.board());
        Api.Response invalid = board.post(
                "/api/v1/scoring-templates",
                json(
                        "authorityId",
                        bloc.authorityId(),
                        "year",
                        2024,
                        "name",
                        "Bảng lỗi",
                        "criteria",
                        List.of(
                                Map.of("code", "1", "name", "A", "kind", "SCORED", "maxPoints", 10),
                                Map.of("code", "1", "name", "B", "kind", "SCORED", "maxPoints", 0))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("Mã tiêu chí \\\"1\\\" bị trùng.")
                .contains("Dòng 2: điểm tối đa phải lớn hơn 0.");

        JsonNode published =
                board.get("/api/v1/scoring-templates/" + bloc.templateId()).json();
        assertThat(published.get("publishedAt").isNull()).isFalse();
        Api.Response frozen = board.put(
                "/api/v1/scoring-templates/" + bloc.templateId(),
                json("authorityId", bloc.authorityId(), "year", 2024, "name", "Sửa sau khi ban hành"));
        assertThat(frozen.body()).contains("đã ban hành nên không sửa được");

        Api.Response next = board.post("/api/v1/scoring-templates/" + bloc.templateId() + "/versions", "{}");
        assertThat(next.json().get("versionNo").asInt()).isEqualTo(2);
        long draft = next.id();
        byte[] exported = board.bytes("/api/v1/scoring-templates/" + draft + ".xlsx");
        byte[] edited;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
                var out = new ByteArrayOutputStream()) {
            Sheet s = workbook.getSheet("Tiêu chí");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
            s.getRow(1).getCell(4).setCellValue(12);
            Row added = s.createRow(s.getLastRowNum() + 1);
            added.createCell(0).setCellValue("2.2");
            added.createCell(1).setCellValue("II. Thi đua");
            added.createCell(2).setCellValue("Nhân rộng điển hình tiên tiến");
            added.createCell(3).setCellValue("Chấm điểm");
            added.createCell(4).setCellValue(5);
            workbook.write(out);
            edited = out.toByteArray();
        }
        Api.Response imported =
                board.postFile("/api/v1/scoring-templates/" + draft + "/import", Map.of(), "bang.xlsx", edited);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("criteria")).hasSize(6);
        assertThat(imported.json().get("criteria").get(0).get("maxPoints").decimalValue())
                .isEqualByComparingTo("12");
        assertThat(board.get("/api/v1/scoring-templates/" + bloc.templateId())
                        .json()
                        .get("criteria")
                        .get(0)
                        .get("maxPoints")
                        .decimalValue())
                .as("the published version is untouched")
                .isEqualByComparingTo("10");
        assertThat(board.get(bloc.path("/scoring")).json().get("criteria"))
                .as("the bloc year keeps its copy")
                .hasSize(5);

        Api.Response badKind;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
                var out = new ByteArrayOutputStream()) {
            workbook.getSheet("Tiêu chí").getRow(2).getCell(3).setCellValue("Không rõ");
            workbook.write(out);
            badKind = board.postFile(
                    "/api/v1/scoring-templates/" + draft + "/import", Map.of(), "bang.xlsx", out.toByteArray());
        }
        assertThat(badKind.body())
                .contains("Dòng 3, cột Loại: \\\"Không rõ\\\" không phải Chấm điểm, Điểm thưởng hay Điểm trừ.");
        assertThat(board.get("/api/v1/scoring-templates/" + draft).json().get("criteria"))
                .hasSize(6);
        assertThat(as(bloc.officer(0))
                        .postFile("/api/v1/scoring-templates/" + draft + "/import", Map.of(), "b.xlsx", edited)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theLeaderLaunchesAndEachMemberSignsItsOwnCovenant() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api leader = as(bloc.officer(0));
        Api member = as(bloc.officer(2));
        String covenant = bloc.path("/covenant/" + bloc.unit(2));
        Api.Response notOpen = member.put(covenant, json("targets", "100% hồ sơ đúng hạn"));
        assertThat(notOpen.body()).contains("chưa phát động thi đua");

        assertThat(member.put(bloc.path("/launch"), json("launchedOn", "2024-02-01", "text", "Phát động"))
                        .status())
                .isEqualTo(403);
        Api.Response wrongYear =
                leader.put(bloc.path("/launch"), json("launchedOn", "2021-02-01", "text", "Phát động"));
        assertThat(wrongYear.body()).contains("Ngày phát động phải trong năm 2023 hoặc 2024.");
        Api.Response launched = leader.put(
                bloc.path("/launch"),
                json(
                        "launchedOn",
                        "2024-02-01",
                        "text",
                        "Phát động phong trào thi đua năm 2024",
                        "movements",
                        "Cả nước chung sức xây dựng nông thôn mới\nChuyển đổi số"));
        assertThat(launched.status()).isEqualTo(200);
        assertThat(launched.json().get("launch").get("movements")).hasSize(2);

        assertThat(leader.put(covenant, json("targets", "Chỉ tiêu hộ")).status())
                .as("not the leader's to write")
                .isEqualTo(403);
        Api.Response noTargets =
                member.post(covenant + "/sign", json("signerName", "Nguyễn Văn A", "signerPosition", "Giám đốc"));
        assertThat(noTargets.body()).contains("Hãy đăng ký chỉ tiêu trước khi ký giao ước.");
        assertThat(member.put(covenant, json("targets", "100% hồ sơ đúng hạn\nKhông có cán bộ vi phạm"))
                        .status())
                .isEqualTo(200);
        Api.Response unnamed = member.post(covenant + "/sign", json("signerName", "", "signerPosition", "Giám đốc"));
        assertThat(unnamed.body()).contains("Hãy nhập họ tên người ký giao ước.");
        Api.Response staleSignature = member.post(
                covenant + "/sign",
                json("signerName", "Nguyễn Văn A", "signerPosition", "Giám đốc", "version", 987654));
        assertThat(staleSignature.status())
                .as("the signature's version is optional, and checked when sent")
                .isEqualTo(409);
        assertThat(staleSignature.json().get("code").asString()).isEqualTo("problem.conflict");
        Api.Response signed =
                member.post(covenant + "/sign", json("signerName", "Nguyễn Văn A", "signerPosition", "Giám đốc"));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(member.put(covenant, json("targets", "Đổi chỉ tiêu")).body()).contains("Đơn vị đã ký giao ước");

        JsonNode progress = leader.get(bloc.path("/progress")).json();
        assertThat(progress.get("launched").asBoolean()).isTrue();
        assertThat(progress.get("members")
                        .valueStream()
                        .filter(m -> m.get("covenant").asString().equals("DONE"))
                        .count())
                .isEqualTo(1);
        assertThat(leader.get(bloc.path("/cycle"))
                        .json()
                        .get("covenants")
                        .valueStream()
                        .filter(c -> c.get("signedAt").isNull())
                        .count())
                .as("two have not signed")
                .isEqualTo(2);
    }
}
