package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.WebSession;

/** Every list of the UI downloads as an Excel sheet whose first row holds the Vietnamese headers of the page. */
@IntegrationTest
class ListExportsIntegrationTest extends ApplicationTestBase {

    private static String firstHeader(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            return sheet.getRow(0).getCell(0).getStringCellValue() + " | "
                    + sheet.getRow(0).getCell(1).getStringCellValue() + " | rows " + sheet.getLastRowNum();
        }
    }

    @Test
    void everyListDownloadsAsExcel() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        WebSession board = WebSession.loggedIn(port, bloc.board());
        long stp = new Registry(Api.as(port, "admin")).unit("quang-nam", "Sở Tư pháp");
        WebSession quangNam = WebSession.loggedIn(port, "ban.quangnam");
        assertThat(firstHeader(board.download("/authorities/export.xlsx"))).startsWith("Tên cơ quan | Mã");
        assertThat(firstHeader(board.download("/units/export.xlsx"))).startsWith("Tên đơn vị");
        assertThat(firstHeader(board.download("/blocs/export.xlsx"))).startsWith("Tên khối | Loại");
        assertThat(firstHeader(board.download("/rules/parameters/export.xlsx"))).startsWith("Tham số | Giá trị");
        assertThat(firstHeader(quangNam.download("/rules/units/" + stp + "/subjects/export.xlsx")))
                .startsWith("Họ và tên (tên tập thể) | Đối tượng | rows ");
        assertThat(firstHeader(board.download("/scoring-templates/export.xlsx")))
                .startsWith("Năm | Tên bảng | rows 1");
        assertThat(firstHeader(board.download("/bloc-years/" + bloc.yearId() + "/progress.xlsx")))
                .isEqualTo("Đơn vị | Giao ước | rows 3");
        assertThat(firstHeader(board.download("/bloc-years/" + bloc.yearId() + "/discrepancies.xlsx")))
                .startsWith("Đơn vị | Đơn vị kiểm tra");
        assertThat(firstHeader(board.download("/dashboard/export.xlsx?year=2024")))
                .startsWith("Khối, cụm thi đua | Đơn vị trưởng | rows 1");
        assertThat(firstHeader(board.download("/bloc-years/" + bloc.yearId() + "/results.xlsx")))
                .startsWith("Thứ hạng | Đơn vị");
        assertThat(firstHeader(board.download("/bloc-years/" + bloc.yearId() + "/objections.xlsx")))
                .startsWith("Đơn vị | Tiêu chí");
        assertThat(firstHeader(board.download("/bloc-years/" + bloc.yearId() + "/covenants.xlsx")))
                .isEqualTo("Đơn vị | Chỉ tiêu đăng ký | rows 3");
        assertThat(firstHeader(quangNam.download("/rules/units/" + stp + "/candidates.xlsx?year=2024")))
                .startsWith("Họ và tên (tên tập thể) | Đề nghị");
    }
}
