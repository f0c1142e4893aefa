package vn.thidua.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.thidua.awards.AwardEntry;
import vn.thidua.movements.MovementView;
import vn.thidua.movements.domain.Duration;
import vn.thidua.movements.domain.LauncherLevel;
import vn.thidua.movements.domain.MovementKind;
import vn.thidua.movements.domain.MovementScope;
import vn.thidua.proposals.YearCandidate;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.statistics.domain.StatForm;
import vn.thidua.statistics.domain.StatForm.Column;
import vn.thidua.statistics.domain.StatForm.Level;
import vn.thidua.statistics.domain.StatForm.Row;

/**
 * The thi đua – khen thưởng forms of Thông tư 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ), biểu 0601.N to
 * 0605.N/BNV-TĐKT, yearly: their rows and columns as read from the open systems that print them (docs/legal-gaps.md
 * says which we could not confirm against the circular itself), each with the test that counts a fact there. A row or
 * column the product keeps no data for (enterprises, households, leadership levels, orders it does not record, the
 * staff and bodies of forms 0604 and 0605) has no test and is left for the officer to fill.
 */
public final class StatisticForms {

    public static final String CIRCULAR = "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023";
    public static final String DUE = "Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo";
    public static final String RECEIVER = "Bộ Nội vụ";
    public static final String ANNEX = "Kèm theo các biểu thống kê (không thuộc mẫu của Thông tư 02/2023/TT-BNV)";

    private StatisticForms() {}

    /** Biểu 0601.N/BNV-TĐKT: số phong trào thi đua, by the launcher's level (columns), scope, duration and kind. */
    public static StatForm<MovementView> movements() {
        List<Column<MovementView>> columns = List.of(
                col(
                        "2",
                        m -> m.launcher() == LauncherLevel.CENTRAL,
                        "Số phong trào thi đua chia theo cấp chủ trì phát động",
                        "Cấp Trung ương (Hội đồng Thi đua – Khen thưởng Trung ương)"),
                col(
                        "3",
                        m -> m.launcher() == LauncherLevel.AUTHORITY,
                        "Số phong trào thi đua chia theo cấp chủ trì phát động",
                        "Cấp bộ, ban, ngành, đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương"),
                col(
                        "4",
                        m -> m.launcher() == LauncherLevel.UNIT,
                        "Số phong trào thi đua chia theo cấp chủ trì phát động",
                        "Cơ quan, tổ chức, đơn vị"));
        List<Row<MovementView>> rows = List.of(
                new Row<>("Tổng số", "01", null, Level.TOTAL, m -> true),
                section("1. Chia theo phạm vi tổ chức thi đua"),
                item("- Toàn quốc", "02", null, m -> m.scope() == MovementScope.NATIONAL),
                item("- Bộ, ban, ngành, đoàn thể, địa phương", "03", null, m -> m.scope() == MovementScope.AUTHORITY),
                item(
                        "- Cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng các cấp tổ chức",
                        "04",
                        null,
                        m -> m.scope() == MovementScope.BLOC),
                item("- Cơ quan, tổ chức, đơn vị", "05", null, m -> m.scope() == MovementScope.UNIT),
                section("2. Chia theo thời hạn thi đua"),
                item("- Dưới 1 năm", "06", null, m -> m.duration() == Duration.UNDER_ONE_YEAR),
                item("- 1 năm", "07", null, m -> m.duration() == Duration.ONE_YEAR),
                item("- Từ 1 năm đến dưới 3 năm", "08", null, m -> m.duration() == Duration.ONE_TO_THREE),
                item("- Từ 3 năm đến dưới 5 năm", "09", null, m -> m.duration() == Duration.THREE_TO_FIVE),
                item("- Từ 5 năm trở lên", "10", null, m -> m.duration() == Duration.FIVE_OR_MORE),
                section("3. Chia theo phương thức tổ chức phong trào thi đua"),
                item("- Thi đua theo chuyên đề", "11", null, m -> m.kind() == MovementKind.CHUYEN_DE),
                item("- Thi đua thường xuyên hằng năm", "12", null, m -> m.kind() == MovementKind.THUONG_XUYEN));
        return new StatForm<>(
                "0601.N/BNV-TĐKT", "SỐ PHONG TRÀO THI ĐUA", "Phong trào", "Tổng số\n1=(2+3+4)", columns, rows);
    }

    /**
     * Biểu 0602.N/BNV-TĐKT: số lượng khen thưởng cấp Nhà nước, the state's awards to the authority's collectives and
     * people, by award (columns), who submitted, subject and kind of commendation.
     */
    public static StatForm<AwardEntry> stateAwards(boolean ministry) {
        String orders = "Các loại huân chương, huy chương";
        List<Column<AwardEntry>> columns = List.of(
                col(
                        "2",
                        both(Award.HCLD_1, SubjectKind.COLLECTIVE),
                        orders,
                        "Huân chương Lao động hạng Nhất",
                        "Tập thể"),
                col(
                        "2",
                        both(Award.HCLD_1, SubjectKind.INDIVIDUAL),
                        orders,
                        "Huân chương Lao động hạng Nhất",
                        "Cá nhân"),
                col(
                        "2",
                        both(Award.HCLD_2, SubjectKind.COLLECTIVE),
                        orders,
                        "Huân chương Lao động hạng Nhì",
                        "Tập thể"),
                col(
                        "2",
                        both(Award.HCLD_2, SubjectKind.INDIVIDUAL),
                        orders,
                        "Huân chương Lao động hạng Nhì",
                        "Cá nhân"),
                col("2", both(Award.HCLD_3, SubjectKind.COLLECTIVE), orders, "Huân chương Lao động hạng Ba", "Tập thể"),
                col("2", both(Award.HCLD_3, SubjectKind.INDIVIDUAL), orders, "Huân chương Lao động hạng Ba", "Cá nhân"),
                col("3", null, "Giải thưởng Hồ Chí Minh"),
                col("4", null, "Giải thưởng Nhà nước"),
                col("5", null, "Danh hiệu vinh dự Nhà nước", "Tập thể"),
                col("5", null, "Danh hiệu vinh dự Nhà nước", "Cá nhân"),
                col("6", both(Award.CO_CP, SubjectKind.COLLECTIVE), "Cờ thi đua của Chính phủ", "Tập thể"),
                col("7", both(Award.BK_TTG, SubjectKind.COLLECTIVE), "Bằng khen của Thủ tướng Chính phủ", "Tập thể"),
                col("7", both(Award.BK_TTG, SubjectKind.INDIVIDUAL), "Bằng khen của Thủ tướng Chính phủ", "Cá nhân"),
                col("8", both(Award.CSTD_TQ, SubjectKind.INDIVIDUAL), "Chiến sĩ thi đua toàn quốc", "Cá nhân"),
                col("9", null, "Các hình thức khen thưởng khác", "Tập thể"),
                col("9", null, "Các hình thức khen thưởng khác", "Cá nhân"));
        List<Row<AwardEntry>> rows = new ArrayList<>(List.of(
                new Row<>("Tổng số", "1", null, Level.TOTAL, a -> true),
                section("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng"),
                item("- Bộ, ban, ngành, đoàn thể Trung ương", "2", "Bộ, ngành", a -> ministry),
                item("- Tỉnh, thành phố trực thuộc Trung ương", "3", "Tỉnh, TP", a -> !ministry)));
        rows.addAll(bySubjectAndKind("2.", "3.", 6, false));
        return new StatForm<>("0602.N/BNV-TĐKT", "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC", null, "Tổng số", columns, rows);
    }

    /**
     * Biểu 0603.N/BNV-TĐKT: số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh, thành phố trực thuộc
     * Trung ương: the authority's own awards, by award (columns), subject and kind of commendation.
     */
    public static StatForm<AwardEntry> authorityAwards() {
        String split = "Chia ra";
        List<Column<AwardEntry>> columns = List.of(
                col("2", award(Award.BK_TINH), split, "Bằng khen"),
                col("3", award(Award.CSTD_TINH), split, "Chiến sĩ thi đua cấp bộ, cấp tỉnh"),
                col(
                        "4",
                        award(Award.CO_TINH),
                        split,
                        "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương"),
                col(
                        "5",
                        null,
                        split,
                        "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc"
                                + " Trung ương"));
        List<Row<AwardEntry>> rows = new ArrayList<>();
        rows.add(new Row<>("Tổng số", "01", null, Level.TOTAL, a -> true));
        rows.addAll(bySubjectAndKind("1.", "2.", 2, true));
        return new StatForm<>(
                "0603.N/BNV-TĐKT",
                "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
                null,
                "Tổng số\n1=(2+3+4+5)",
                columns,
                rows);
    }

    /** Biểu 0604.N/BNV-TĐKT: the bodies doing the work; the product keeps none of it, the officer fills it. */
    public static StatForm<Object> bodies() {
        return new StatForm<>(
                "0604.N/BNV-TĐKT",
                "SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH,"
                        + " THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
                null,
                "Số lượng",
                List.of(),
                List.of(
                        new Row<>("Tổng số", "01", "Tổ chức", Level.TOTAL, null),
                        section("Chia theo cơ cấu tổ chức bộ máy"),
                        item("- Cấp vụ thuộc bộ, ban, ngành, đoàn thể Trung ương", "02", "Vụ", null),
                        item("- Cấp phòng, ban hoặc bộ phận thuộc vụ", "03", "Phòng", null),
                        item("- Cấp ban thuộc Sở Nội vụ", "04", "Ban", null),
                        item("- Cấp phòng thuộc Sở Nội vụ", "05", "Phòng", null)));
    }

    /** Biểu 0605.N/BNV-TĐKT: the civil servants doing the work; the product keeps none of it, the officer fills it. */
    public static StatForm<Object> staff() {
        return new StatForm<>(
                "0605.N/BNV-TĐKT",
                "SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
                null,
                "Số lượng",
                List.of(),
                List.of(new Row<>("Tổng số", "01", "Người", Level.TOTAL, null)));
    }

    /**
     * Not a form of the circular: the annex the product adds, the year's proposals by award and level, how many were
     * proposed (in a proposal past its draft) and how many awarded, for collectives and individuals.
     */
    public static StatForm<YearCandidate> proposals() {
        List<Column<YearCandidate>> columns = List.of(
                col("2", c -> c.kind() == SubjectKind.COLLECTIVE, "Số đề nghị", "Tập thể"),
                col("3", c -> c.kind() == SubjectKind.INDIVIDUAL, "Số đề nghị", "Cá nhân"),
                col("4", c -> c.awarded() && c.kind() == SubjectKind.COLLECTIVE, "Số được khen thưởng", "Tập thể"),
                col("5", c -> c.awarded() && c.kind() == SubjectKind.INDIVIDUAL, "Số được khen thưởng", "Cá nhân"));
        List<Row<YearCandidate>> rows = new ArrayList<>();
        rows.add(new Row<>("Tổng số", "01", null, Level.TOTAL, c -> true));
        int code = 2;
        for (List<Award> level : List.of(
                List.of(Award.HCLD_1, Award.HCLD_2, Award.HCLD_3, Award.CO_CP, Award.BK_TTG, Award.CSTD_TQ),
                List.of(Award.BK_TINH, Award.CSTD_TINH, Award.CO_TINH, Award.TTLDXS),
                List.of(Award.GIAY_KHEN, Award.CSTD_CS, Award.LDTT, Award.TTLDTT))) {
            String name = level.get(0) == Award.HCLD_1
                    ? "1. Khen thưởng cấp Nhà nước"
                    : level.get(0) == Award.BK_TINH ? "2. Khen thưởng cấp bộ, ngành, tỉnh" : "3. Khen thưởng cấp cơ sở";
            rows.add(new Row<>(name, String.format("%02d", code++), null, Level.ITEM, c -> level.contains(c.award())));
            for (Award award : level) {
                rows.add(new Row<>(
                        "- " + award.label(),
                        String.format("%02d", code++),
                        null,
                        Level.SUBITEM,
                        c -> c.award() == award));
            }
        }
        return new StatForm<>(
                "Phụ lục",
                "SỐ ĐỀ NGHỊ VÀ SỐ ĐƯỢC KHEN THƯỞNG THEO HÌNH THỨC",
                "Tập thể, người",
                "Tổng số đề nghị\n1=(2+3)",
                columns,
                rows);
    }

    /**
     * The rows both award forms share (0602.N from its row 6, 0603.N from its row 02): the awards by subject
     * (collectives, households, individuals and their kinds, those the registry does not keep left empty), then by kind
     * of commendation (thường xuyên … kháng chiến). Numbered from {@code first}, on two digits when {@code padded}.
     */
    private static List<Row<AwardEntry>> bySubjectAndKind(
            String subjectSection, String kindSection, int first, boolean padded) {
        int[] next = {first};
        Supplier<String> code = () -> padded ? String.format("%02d", next[0]++) : String.valueOf(next[0]++);
        return List.of(
                section(subjectSection + " Chia theo đối tượng khen thưởng"),
                item("- Tập thể", code.get(), "Tập thể", a -> a.kind() == SubjectKind.COLLECTIVE),
                sub("Trong đó: Doanh nghiệp", code.get(), "Doanh nghiệp"),
                item("- Hộ gia đình", code.get(), "Hộ", null),
                item("- Cá nhân", code.get(), "Người", a -> a.kind() == SubjectKind.INDIVIDUAL),
                sub("+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", code.get(), "Người"),
                sub("+ Lãnh đạo cấp vụ, sở, ngành và tương đương", code.get(), "Người"),
                sub("+ Doanh nhân", code.get(), "Người"),
                sub("+ Các cấp lãnh đạo khác từ phó phòng trở lên", code.get(), "Người"),
                sub(
                        "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân,"
                                + " nông dân…)",
                        code.get(),
                        "Người"),
                section(kindSection + " Chia theo phương thức khen thưởng"),
                item("- Thường xuyên", code.get(), null, type(CommendationType.THUONG_XUYEN)),
                item("- Chuyên đề", code.get(), null, type(CommendationType.CHUYEN_DE)),
                item("- Đột xuất", code.get(), null, type(CommendationType.DOT_XUAT)),
                item("- Đối ngoại", code.get(), null, null),
                item("- Cống hiến", code.get(), null, type(CommendationType.CONG_HIEN)),
                item("- Niên hạn", code.get(), null, null),
                item("- Kháng chiến", code.get(), null, null));
    }

    private static <F> Column<F> col(String code, Predicate<F> test, String... headings) {
        return new Column<>(List.of(headings), code, test);
    }

    private static <F> Row<F> section(String label) {
        return new Row<>(label, "", null, Level.SECTION, null);
    }

    private static <F> Row<F> item(String label, String code, String unit, Predicate<F> test) {
        return new Row<>(label, code, unit, Level.ITEM, test);
    }

    private static <F> Row<F> sub(String label, String code, String unit) {
        return new Row<>(label, code, unit, Level.SUBITEM, null);
    }

    private static Predicate<AwardEntry> award(Award award) {
        return a -> a.award() == award;
    }

    private static Predicate<AwardEntry> both(Award award, SubjectKind kind) {
        return a -> a.award() == award && a.kind() == kind;
    }

    private static Predicate<AwardEntry> type(CommendationType type) {
        return a -> a.type() == type;
    }
}
