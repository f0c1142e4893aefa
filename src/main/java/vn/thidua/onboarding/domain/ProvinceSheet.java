package vn.thidua.onboarding.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The data sheets of a province's onboarding workbook, in the order the template lists them and the
 * import applies them. The template is written from these titles and headings and the reader checks
 * them, so the two cannot drift apart.
 */
public enum ProvinceSheet {
    AUTHORITY("Cơ quan"),
    UNITS("Đơn vị"),
    COUNCIL("Hội đồng"),
    BLOCS("Khối, cụm"),
    ACCOUNTS("Tài khoản");

    private final String title;

    ProvinceSheet(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The sheet's columns, left to right from column A. */
    public List<Column> columns() {
        return Arrays.stream(Column.values()).filter(c -> c.sheet() == this).toList();
    }
}
