package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.xlsx.Workbooks;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/** Uploaded workbooks: who may send one is asked before it is read, and a hostile one is refused in words. */
@IntegrationTest
class HostileUploadsIntegrationTest extends ApplicationTestBase {

    @Test
    void aUserWithNoStandingIsRefusedBeforeItsFileIsRead() {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        BlocFixture.Bloc elsewhere = fixture.create(2, 2024);
        byte[] notAWorkbook = "không phải tệp Excel".getBytes(StandardCharsets.UTF_8);
        Api.Response refused = Api.as(port, elsewhere.officer(0))
                .postFile(bloc.path("/sheets/SELF/" + bloc.unit(1)) + "/import", Map.of(), "phieu.xlsx", notAWorkbook);
        // a parse error would have been a 400: the refusal came first
        assertThat(refused.status()).isEqualTo(403);
        // a list of several units' people is a board's to screen
        WebSession officer = WebSession.loggedIn(port, bloc.officer(0));
        officer.get("/rules/screenings/new");
        assertThat(officer.postFile("/rules/screenings/upload", Map.of("year", "2025"), "file", "ds.xlsx", notAWorkbook)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherAuthoritysDraftTableIsNeitherReadNorExportedButAPublishedOneIs() {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Api board = Api.as(port, bloc.board());
        long draft = board.post("/api/v1/scoring-templates/" + bloc.templateId() + "/versions", "{}")
                .id();
        Api otherBoard = Api.as(port, "ban.quangnam");
        assertThat(otherBoard.get("/api/v1/scoring-templates/" + draft).status())
                .isEqualTo(403);
        assertThat(otherBoard
                        .get("/api/v1/scoring-templates/" + draft + ".xlsx")
                        .status())
                .isEqualTo(403);
        assertThat(otherBoard
                        .get("/api/v1/scoring-templates?authorityId=" + bloc.authorityId())
                        .json()
                        .valueStream()
                        .noneMatch(t -> t.get("id").asLong() == draft))
                .isTrue();
        assertThat(otherBoard
                        .get("/api/v1/scoring-templates/" + bloc.templateId())
                        .status())
                .isEqualTo(200);
        assertThat(board.get("/api/v1/scoring-templates/" + draft).status()).isEqualTo(200);
    }

    @Test
    void aZipBombAndAnXmlEntityAttackAreRefusedInVietnamese() throws IOException {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Api officer = Api.as(port, bloc.officer(1));
        String sheet = bloc.path("/sheets/SELF/" + bloc.unit(1));
        byte[] blank = officer.bytes(sheet + ".xlsx");

        byte[] bomb = replacePart(blank, "xl/worksheets/sheet1.xml", part -> {
            // thirty megabytes of spaces inside the sheet: a few kilobytes once compressed
            String xml = new String(part, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData>");
            return (xml.substring(0, at) + " ".repeat(30 * 1024 * 1024) + xml.substring(at))
                    .getBytes(StandardCharsets.UTF_8);
        });
        assertThat(bomb.length).isLessThan(2_000_000);
        Api.Response refusedBomb = officer.postFile(sheet + "/import", Map.of(), "phieu.xlsx", bomb);
        assertThat(refusedBomb.status()).isEqualTo(400);
        assertThat(refusedBomb.json().get("detail").asString()).contains("quá lớn hoặc bị nén bất thường");

        byte[] entity = replacePart(blank, "xl/worksheets/sheet1.xml", part -> {
            String xml = new String(part, StandardCharsets.UTF_8);
            int declarationEnd = xml.indexOf("?>") + 2;
            return (xml.substring(0, declarationEnd)
                            + "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                            + xml.substring(declarationEnd))
                    .getBytes(StandardCharsets.UTF_8);
        });
        Api.Response refusedEntity = officer.postFile(sheet + "/import", Map.of(), "phieu.xlsx", entity);
        assertThat(refusedEntity.status()).isEqualTo(400);
        assertThat(refusedEntity.json().get("detail").asString()).contains("không đọc được như một bảng tính Excel");

        assertThat(officer.postFile(
                                sheet + "/import",
                                Map.of(),
                                "phieu.xlsx",
                                "PK\u0003\u0004 hỏng".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(400);

        // more rows than any import takes: counted while streaming, refused before the file is read whole
        byte[] endless;
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var rows = workbook.createSheet("Chấm điểm");
            for (int r = 0; r <= Workbooks.MAX_ROWS; r++) {
                rows.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);
            endless = out.toByteArray();
        }
        Api.Response refusedRows = officer.postFile(sheet + "/import", Map.of(), "phieu.xlsx", endless);
        assertThat(refusedRows.status()).isEqualTo(400);
        assertThat(refusedRows.json().get("detail").asString()).contains("Tệp có quá 50000 dòng");
    }

    private static byte[] replacePart(byte[] xlsx, String name, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(name) ? change.apply(content) : content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
