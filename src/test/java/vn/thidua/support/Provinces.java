package vn.thidua.support;

/**
 * A generated province's onboarding workbook, filled into the application's own template: {@code units}
 * units, nine council members, blocs of twenty (cụm) and two khối of ten for one year, each with its
 * leader, deputy and council member, and an account for every unit's officer, every council member,
 * a board member and the decider.
 */
public final class Provinces {

    public static final int COUNCIL = 9;

    private Provinces() {}

    public record Province(String code, String name, int units, int year, byte[] workbook) {

        public int clusters() {
            return units / 20;
        }

        public int blocs() {
            return clusters() + 2;
        }

        public int members() {
            return units + 20;
        }

        public int accounts() {
            return units + COUNCIL + 2;
        }
    }

    public static Province generate(byte[] template, String tag, int units, int year) {
        String code = "onb-" + tag;
        String name = "Tỉnh Nhập thử " + tag;
        OnboardingFile file = OnboardingFile.fill(template)
                .row("Cơ quan", "Mã cơ quan", code, "Tên cơ quan", name, "Loại cơ quan", "PROVINCE");
        String[] kinds = {"SO", "BAN", "HOI", "DOAN_THE", "Đơn vị sự nghiệp"};
        for (int u = 1; u <= units; u++) {
            file.row(
                    "Đơn vị",
                    "Tên đơn vị",
                    unit(u),
                    "Tên viết tắt",
                    "DV" + u,
                    "Loại đơn vị",
                    kinds[u % kinds.length],
                    "Thư điện tử",
                    "donvi" + u + "@" + code + ".gov.vn",
                    "Số điện thoại",
                    "0205 38" + (1000 + u));
        }
        for (int c = 1; c <= COUNCIL; c++) {
            file.row(
                    "Hội đồng",
                    "Họ và tên",
                    councilMember(c),
                    "Chức vụ",
                    "Ủy viên Hội đồng Thi đua – Khen thưởng tỉnh");
        }
        for (int b = 0; b < units / 20; b++) {
            StringBuilder members = new StringBuilder();
            for (int u = b * 20 + 1; u <= b * 20 + 20; u++) {
                members.append(members.length() == 0 ? "" : "; ").append(unit(u));
            }
            file.row(
                    "Khối, cụm",
                    "Tên khối, cụm",
                    "Cụm thi đua số " + (b + 1),
                    "Loại",
                    "CUM",
                    "Năm",
                    String.valueOf(year),
                    "Đơn vị thành viên",
                    members.toString(),
                    "Khối trưởng",
                    unit(b * 20 + 1),
                    "Khối phó",
                    unit(b * 20 + 2),
                    "Thành viên Hội đồng theo dõi",
                    councilMember(b % COUNCIL + 1));
        }
        for (int k = 0; k < 2; k++) {
            StringBuilder members = new StringBuilder();
            for (int u = k * 10 + 1; u <= k * 10 + 10; u++) {
                // one cell may list members on separate lines, by short name
                members.append(members.length() == 0 ? "" : "\n").append(u % 2 == 0 ? "DV" + u : unit(u));
            }
            file.row(
                    "Khối, cụm",
                    "Tên khối, cụm",
                    "Khối thi đua số " + (k + 1),
                    "Loại",
                    "Khối thi đua",
                    "Năm",
                    String.valueOf(year),
                    "Đơn vị thành viên",
                    members.toString(),
                    "Khối trưởng",
                    unit(k * 10 + 3));
        }
        for (int u = 1; u <= units; u++) {
            file.row(
                    "Tài khoản",
                    "Tên đăng nhập",
                    tag + ".dv" + u,
                    "Họ và tên",
                    "Cán bộ đơn vị " + u,
                    "Thư điện tử",
                    tag + ".dv" + u + "@example.gov.vn",
                    "Vai trò",
                    "UNIT_OFFICER",
                    "Phạm vi",
                    unit(u));
        }
        for (int c = 1; c <= COUNCIL; c++) {
            file.row(
                    "Tài khoản",
                    "Tên đăng nhập",
                    tag + ".hd" + c,
                    "Họ và tên",
                    councilMember(c),
                    "Vai trò",
                    "Thành viên Hội đồng TĐKT",
                    "Phạm vi",
                    councilMember(c));
        }
        file.row("Tài khoản", "Tên đăng nhập", tag + ".ban", "Họ và tên", "Chuyên viên Ban", "Vai trò", "BOARD");
        file.row(
                "Tài khoản",
                "Tên đăng nhập",
                tag + ".quyetdinh",
                "Họ và tên",
                "Người ký",
                "Vai trò",
                "DECIDER",
                "Phạm vi",
                name);
        return new Province(code, name, units, year, file.bytes());
    }

    public static String unit(int u) {
        return "Sở Thử nghiệm số " + u;
    }

    public static String councilMember(int c) {
        return "Ủy viên Hội đồng số " + c;
    }
}
