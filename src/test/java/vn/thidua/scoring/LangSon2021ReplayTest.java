package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LangSon2021;

/**
 * Seed 004: Lạng Sơn's Cụm các cơ quan Tham mưu tổng hợp, year 2021, seven members, leader Sở Tài
 * chính. The report gives the outcome, not the scores: these are entered, through the API and by
 * each unit's own officer, so that the ranking comes out as the conference of 20/01/2022 decided.
 */
@IntegrationTest
class LangSon2021ReplayTest extends ApplicationTestBase {

    @Test
    void theClusterOf2021RanksSoTaiChinhThenVanPhongDoanDbqhThenSoNgoaiVu() throws Exception {
        Api board = Api.as(port, "ban.langson");
        long year = LangSon2021.ranked(port);
        String base = "/api/v1/bloc-years/" + year;

        JsonNode rows = board.get(base + "/results").json().get("rows");
        assertThat(rows.valueStream()
                        .map(r -> r.get("unit").get("name").asString())
                        .limit(3))
                .containsExactly("Sở Tài chính", "Văn phòng Đoàn ĐBQH&HĐND tỉnh", "Sở Ngoại vụ");
        assertThat(rows.valueStream()
                        .map(r -> r.get("rank").get("rankClass").asString())
                        .limit(3))
                .containsExactly("NHAT", "NHI", "BA");
        assertThat(rows.get(0).get("rank").get("total").get("total").decimalValue())
                .isEqualByComparingTo("103");
        assertThat(rows.get(6).get("unit").get("name").asString()).isEqualTo("Sở Tư pháp");
        assertThat(rows.get(6).get("rank").get("total").get("total").decimalValue())
                .isEqualByComparingTo("86");

        byte[] exported = board.bytes(base + "/results.xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("1.1 (tối đa 25)");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Sở Tài chính");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Văn phòng Đoàn ĐBQH&HĐND tỉnh");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Sở Ngoại vụ");
            int total = LangSon2021.CRITERIA + 2 + 3;
            assertThat(sheet.getRow(0).getCell(total).getStringCellValue()).isEqualTo("Tổng điểm");
            assertThat(sheet.getRow(1).getCell(total).getNumericCellValue()).isEqualTo(103.0);
            assertThat(sheet.getRow(1).getCell(total + 1).getStringCellValue()).isEqualTo("Hạng Nhất");
            assertThat(sheet.getRow(7).getCell(total).getNumericCellValue()).isEqualTo(86.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
        }
    }
}
