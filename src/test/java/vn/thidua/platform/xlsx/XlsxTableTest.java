package vn.thidua.platform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletResponse;

class XlsxTableTest {

    private static final XlsxTable<String> UNITS =
            XlsxTable.of("Đơn vị", List.of(XlsxTable.column("Tên đơn vị", 40, name -> name)));

    @Test
    void theRowsReadAreOneSheetDownloadedUnderTheFilesName() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        UNITS.write(List.of("Sở Tài chính", "Sở Ngoại vụ"), response, "don-vi.xlsx");

        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"don-vi.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getSheet("Đơn vị").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Sở Ngoại vụ");
        }
    }

    @Test
    void aSourceThatFailsLeavesTheAnswerFreeForItsErrorPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Consumer<Consumer<String>> lostDatabase = row -> {
            row.accept("Sở Tài chính");
            throw new DataAccessResourceFailureException("the database went away");
        };

        assertThatThrownBy(() -> UNITS.write(lostDatabase, response, "nhat-ky.xlsx"))
                .isInstanceOf(DataAccessResourceFailureException.class);

        // the outage filter answers 503 with a page written through the writer: nothing may have taken the stream
        assertThat(response.getHeader("Content-Disposition")).isNull();
        assertThat(response.getContentType()).isNull();
        response.resetBuffer();
        assertThat(response.getWriter()).isNotNull();
    }
}
