package vn.thidua.onboarding.domain;

/** A column of a data sheet with its heading (row 1 of the sheet); its place is its order within the sheet. */
public enum Column {
    AUTHORITY_CODE(ProvinceSheet.AUTHORITY, "Mã cơ quan", 20),
    AUTHORITY_NAME(ProvinceSheet.AUTHORITY, "Tên cơ quan", 36),
    AUTHORITY_KIND(ProvinceSheet.AUTHORITY, "Loại cơ quan", 20),

    UNIT_NAME(ProvinceSheet.UNITS, "Tên đơn vị", 44),
    UNIT_SHORT_NAME(ProvinceSheet.UNITS, "Tên viết tắt", 14),
    UNIT_KIND(ProvinceSheet.UNITS, "Loại đơn vị", 22),
    UNIT_EMAIL(ProvinceSheet.UNITS, "Thư điện tử", 28),
    UNIT_PHONE(ProvinceSheet.UNITS, "Số điện thoại", 16),

    COUNCIL_NAME(ProvinceSheet.COUNCIL, "Họ và tên", 30),
    COUNCIL_POSITION(ProvinceSheet.COUNCIL, "Chức vụ", 60),

    BLOC_NAME(ProvinceSheet.BLOCS, "Tên khối, cụm", 40),
    BLOC_KIND(ProvinceSheet.BLOCS, "Loại", 16),
    BLOC_YEAR(ProvinceSheet.BLOCS, "Năm", 8),
    BLOC_MEMBERS(ProvinceSheet.BLOCS, "Đơn vị thành viên", 70),
    BLOC_LEADER(ProvinceSheet.BLOCS, "Khối trưởng", 30),
    BLOC_DEPUTY(ProvinceSheet.BLOCS, "Khối phó", 30),
    BLOC_COUNCIL_MEMBER(ProvinceSheet.BLOCS, "Thành viên Hội đồng theo dõi", 30),

    ACCOUNT_USERNAME(ProvinceSheet.ACCOUNTS, "Tên đăng nhập", 24),
    ACCOUNT_FULL_NAME(ProvinceSheet.ACCOUNTS, "Họ và tên", 28),
    ACCOUNT_EMAIL(ProvinceSheet.ACCOUNTS, "Thư điện tử", 28),
    ACCOUNT_ROLE(ProvinceSheet.ACCOUNTS, "Vai trò", 28),
    ACCOUNT_SCOPE(ProvinceSheet.ACCOUNTS, "Phạm vi", 40);

    private final ProvinceSheet sheet;
    private final String heading;
    private final int width;

    Column(ProvinceSheet sheet, String heading, int width) {
        this.sheet = sheet;
        this.heading = heading;
        this.width = width;
    }

    public ProvinceSheet sheet() {
        return sheet;
    }

    public String heading() {
        return heading;
    }

    /** Width in characters, for the template. */
    public int width() {
        return width;
    }

    /** 0 for column A. */
    public int index() {
        return sheet.columns().indexOf(this);
    }

    /** The column's letter as Excel shows it ("A"). */
    public String letter() {
        return letter(index());
    }

    /** Excel's letter of the column at {@code index} (0: "A", 26: "AA"), up to "ZZ". */
    public static String letter(int index) {
        return index < 26
                ? String.valueOf((char) ('A' + index))
                : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
    }
}
