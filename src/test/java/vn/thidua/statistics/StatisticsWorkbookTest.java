package vn.thidua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.awards.AwardEntry;
import vn.thidua.movements.MovementView;
import vn.thidua.movements.domain.LauncherLevel;
import vn.thidua.movements.domain.MovementKind;
import vn.thidua.movements.domain.MovementScope;
import vn.thidua.movements.domain.MovementStatus;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityView;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/** The workbook's layout: a sheet per form, headings merged as the forms draw them, rows tall enough for their text. */
class StatisticsWorkbookTest {

    @Test
    void eachFormIsASheetWithItsHeadingsMergedAsTheFormDrawsThem() throws Exception {
        AuthorityView langSon = new AuthorityView(
                1,
                "lang-son",
                "Tỉnh Lạng Sơn",
                AuthorityKind.PROVINCE,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of());
        List<AwardEntry> awards = List.of(
                award(1, SubjectKind.INDIVIDUAL, Award.BK_TINH),
                award(2, SubjectKind.COLLECTIVE, Award.BK_TINH),
                award(3, SubjectKind.INDIVIDUAL, Award.HCLD_3),
                award(4, SubjectKind.COLLECTIVE, Award.CO_CP));
        MovementView movement = new MovementView(
                1,
                1,
                "Thi đua đặc biệt",
                MovementKind.CHUYEN_DE,
                MovementScope.AUTHORITY,
                LauncherLevel.AUTHORITY,
                "1/KH-UBND",
                LocalDate.of(2026, 3, 1),
                "Chủ tịch",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2031, 2, 28),
                null,
                MovementStatus.LAUNCHED,
                null,
                null,
                null,
                null,
                1);
        StatisticsService.Report report = new StatisticsService.Report(
                langSon,
                2026,
                List.of(
                        StatisticForms.movements().fill(List.of(movement)),
                        StatisticForms.stateAwards(false).fill(awards),
                        StatisticForms.authorityAwards().fill(awards),
                        StatisticForms.bodies().fill(List.of()),
                        StatisticForms.staff().fill(List.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsWorkbook.write(report, out);
        if (Boolean.getBoolean("statistics.keep")) {
            Files.write(Path.of("/tmp/statistics-unit.xlsx"), out.toByteArray());
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            XSSFSheet state = book.getSheet("0602.N");
            // "Các loại huân chương, huy chương" spans the six order columns, after A, B, C and the total (E to J)
            assertThat(merged(state, "Các loại huân chương, huy chương")).isEqualTo(new CellRangeAddress(7, 7, 4, 9));
            assertThat(merged(state, "Huân chương Lao động hạng Ba")).isEqualTo(new CellRangeAddress(8, 8, 8, 9));
            // a heading without sub-columns reaches down to the last heading row
            assertThat(merged(state, "Giải thưởng Hồ Chí Minh")).isEqualTo(new CellRangeAddress(7, 9, 10, 10));
            assertThat(merged(state, "Mã số")).isEqualTo(new CellRangeAddress(7, 9, 1, 1));
            XSSFSheet movements = book.getSheet("0601.N");
            assertThat(merged(movements, "Số phong trào thi đua chia theo cấp chủ trì phát động"))
                    .isEqualTo(new CellRangeAddress(7, 7, 3, 5));
            // from 1 March 2026 to 28 February 2031 is five years: the "five years or more" row counts the movement,
            // under the province's column (D is column 3)
            assertThat(movements.getRow(10 + 11).getCell(1).getStringCellValue())
                    .isEqualTo("10");
            assertThat(movements.getRow(10 + 11).getCell(4).getNumericCellValue())
                    .isEqualTo(1);
            assertThat(movements.getRow(8).getHeightInPoints())
                    .as("the second heading row holds the long column names")
                    .isGreaterThanOrEqualTo(4 * 15f);
        }
    }

    @Test
    void aLongTextTakesTheLinesItNeedsAtItsWidth() {
        assertThat(StatisticsWorkbook.lines("Tập thể", 9)).isEqualTo(1);
        assertThat(StatisticsWorkbook.lines("Huân chương Lao động hạng Nhất", 18))
                .isEqualTo(2);
        assertThat(StatisticsWorkbook.lines("Tổng số\n1=(2+3+4)", 18)).isEqualTo(2);
    }

    private static CellRangeAddress merged(XSSFSheet sheet, String text) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            var row = sheet.getRow(range.getFirstRow());
            if (row != null
                    && row.getCell(range.getFirstColumn()) != null
                    && text.equals(row.getCell(range.getFirstColumn()).getStringCellValue())) {
                return range;
            }
        }
        throw new AssertionError("no merged cell reads " + text + " in " + sheet.getSheetName());
    }

    private static AwardEntry award(long id, SubjectKind kind, Award award) {
        return new AwardEntry(
                id,
                id,
                kind,
                "Người " + id,
                null,
                1,
                "Sở",
                award,
                null,
                2026,
                2026,
                2026,
                CommendationType.THUONG_XUYEN,
                "1/QĐ-UBND",
                LocalDate.of(2026, 12, 1),
                null,
                null,
                "test");
    }
}
