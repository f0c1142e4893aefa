package vn.thidua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthoritySuccessionCommand;
import vn.thidua.org.AuthoritySuccessions;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.org.SuccessionCommand;
import vn.thidua.org.SuccessionKind;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.security.UserAccounts.NewUser;
import vn.thidua.rules.CheckRequest;
import vn.thidua.rules.SubjectService;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.TemplateService;

/**
 * The five blocs of the seed reports (shared/seeds 000–004), with only the facts those reports
 * give, plus the 2025 mergers that their units and provinces went through; and one demo user per
 * role. Loaded once, into an empty database, and only with the embedded database unless
 * THIDUA_DEMO_DATA says otherwise. Everything goes through the services, so it is validated like
 * any user's input. Longer than 400 lines because it is data written as calls: the five reports'
 * units, blocs and years one line each, which read best in one place beside the seeds they copy.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    /** The demo users' password, listed in README.md; never used with an external database. */
    static final String DEMO_PASSWORD = "ThiDua@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final CurrentUser LOADER =
            new CurrentUser(0, "demo-loader", "Nạp dữ liệu mẫu", Role.ADMIN, null, null, null);
    private static final String REFORM_2025 = "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh năm 2025";
    private static final String NOT_NAMED = "Bài báo không nêu tên tỉnh; dữ liệu mẫu giữ nguyên như vậy.";

    private final AuthorityService authorities;
    private final AuthoritySuccessions successions;
    private final UnitService units;
    private final BlocService blocs;
    private final UserAccounts accounts;
    private final SubjectService subjects;
    private final TemplateService templates;
    private final ScoringService scoring;
    private final Environment environment;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    DemoData(
            AuthorityService authorities,
            AuthoritySuccessions successions,
            UnitService units,
            BlocService blocs,
            UserAccounts accounts,
            SubjectService subjects,
            TemplateService templates,
            ScoringService scoring,
            Environment environment) {
        this.successions = successions;
        this.templates = templates;
        this.scoring = scoring;
        this.subjects = subjects;
        this.authorities = authorities;
        this.units = units;
        this.blocs = blocs;
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled() || !authorities.all().isEmpty()) {
            return;
        }
        quangNam();
        specialAssociations();
        advisoryBloc2023();
        justiceSectorRegion();
        langSon();
        sampleStaff();
        sampleScoring();
        if (embeddedDatabase()) {
            users();
        }
        log.info("Demo data of the five seed blocs loaded ({} records named)", ids.size());
    }

    boolean enabled() {
        String setting = environment.getProperty("thidua.demo-data", "");
        if (!setting.isBlank()) {
            return Boolean.parseBoolean(setting);
        }
        return embeddedDatabase();
    }

    /** Demo users and their published password exist only on the embedded database, whatever the setting. */
    boolean embeddedDatabase() {
        return environment.getProperty("thidua.db.url", "").isBlank();
    }

    /** Seed 000: Quảng Nam, Khối thi đua các cơ quan Tham mưu I, conference 13/01/2023. */
    private void quangNam() {
        long qn = authority("qn", "quang-nam", "Tỉnh Quảng Nam", AuthorityKind.PROVINCE);
        long dn = authority("dn", "da-nang", "Thành phố Đà Nẵng", AuthorityKind.PROVINCE);
        successions.record(LOADER, qn, AuthoritySuccessionCommand.merger(dn, LocalDate.of(2025, 7, 1), REFORM_2025));
        unit("qn.stp", qn, "Sở Tư pháp", "STP", UnitKind.SO);
        unit("qn.snv", qn, "Sở Nội vụ", "SNV", UnitKind.SO);
        unit("qn.stc", qn, "Sở Tài chính", "STC", UnitKind.SO);
        unit("qn.vpubnd", qn, "Văn phòng UBND tỉnh", "VP UBND", UnitKind.VAN_PHONG);
        unit("qn.vpdbqh", qn, "Văn phòng Đoàn ĐBQH&HĐND tỉnh", "VP ĐĐBQH&HĐND", UnitKind.VAN_PHONG);
        unit("qn.bdt", qn, "Ban Dân tộc tỉnh", "BDT", UnitKind.BAN);
        long bloc = bloc(
                qn,
                "Khối thi đua các cơ quan Tham mưu I",
                BlocKind.KHOI,
                "Khối gồm 10 đơn vị (theo báo cáo Hội nghị tổng kết năm 2022); bài báo nêu tên 6 đơn vị.");
        List<String> members = List.of("qn.stp", "qn.snv", "qn.stc", "qn.vpubnd", "qn.vpdbqh", "qn.bdt");
        year(
                bloc,
                2022,
                members,
                null,
                null,
                null,
                "Hội nghị tổng kết ngày 13/01/2023 tại Ban Dân tộc tỉnh: thông qua kết quả kiểm tra chéo; đề nghị Cờ thi đua "
                        + "của Chính phủ cho Sở Tư pháp, Cờ thi đua UBND tỉnh cho Văn phòng Đoàn ĐBQH&HĐND tỉnh, Bằng khen "
                        + "cho Văn phòng UBND tỉnh, Sở Tài chính và Ban Dân tộc tỉnh.");
        year(
                bloc,
                2023,
                members,
                "qn.stp",
                "qn.snv",
                null,
                "Trưởng, Phó trưởng Khối được bầu tại Hội nghị ngày 13/01/2023; các đơn vị ký kết giao ước thi đua năm 2023.");
    }

    /** Seed 001: a province's Khối thi đua các tổ chức Hội đặc thù, year 2022. */
    private void specialAssociations() {
        long p = authority("p001", "tinh-nguon-001", "Tỉnh không nêu trong bài (nguồn 001)", AuthorityKind.PROVINCE);
        unit("hnb", p, "Hội Nhà báo tỉnh", null, UnitKind.HOI);
        unit("hlg", p, "Hội Luật gia tỉnh", null, UnitKind.HOI);
        unit("lhhn", p, "Liên hiệp các tổ chức Hữu nghị tỉnh", null, UnitKind.HOI);
        ids.put(
                "council.dung",
                councilMember(
                        p,
                        "Trần Thị Kim Dung",
                        "Phó Trưởng Ban Tuyên giáo Tỉnh ủy, Ủy viên Hội đồng Thi đua – Khen thưởng tỉnh"));
        councilMember(
                p,
                "Hoàng Thị Hào",
                "Trưởng Ban Thi đua – Khen thưởng, Sở Nội vụ, Ủy viên Hội đồng Thi đua – Khen thưởng tỉnh");
        long bloc = bloc(p, "Khối thi đua các tổ chức Hội đặc thù", BlocKind.KHOI, NOT_NAMED);
        List<String> members = List.of("hnb", "hlg", "lhhn");
        year(
                bloc,
                2022,
                members,
                "hnb",
                null,
                "council.dung",
                "Ban Thi đua – Khen thưởng giải thích tiêu chuẩn, số lượng Cờ thi đua của UBND tỉnh cho Khối (bài không nêu "
                        + "số); Khối đề nghị tặng Cờ thi đua của UBND tỉnh cho 02 đơn vị.");
        year(
                bloc,
                2023,
                members,
                "hlg",
                "lhhn",
                null,
                "Trưởng, Phó trưởng Khối được suy tôn tại Hội nghị tổng kết năm 2022.");
    }

    /** Seed 002: Khối thi đua các cơ quan Tham mưu – Tổng hợp, year 2023, conference 18/01/2024. */
    private void advisoryBloc2023() {
        long p = authority("p002", "tinh-nguon-002", "Tỉnh không nêu trong bài (nguồn 002)", AuthorityKind.PROVINCE);
        unit("p2.tt", p, "Thanh tra tỉnh", null, UnitKind.THANH_TRA);
        unit("p2.vpubnd", p, "Văn phòng UBND tỉnh", null, UnitKind.VAN_PHONG);
        unit("p2.stc", p, "Sở Tài chính", null, UnitKind.SO);
        unit("p2.snv", p, "Sở Nội vụ", null, UnitKind.SO);
        unit("p2.stp", p, "Sở Tư pháp", null, UnitKind.SO);
        unit("p2.sngv", p, "Sở Ngoại vụ", null, UnitKind.SO);
        unit("p2.skhdt", p, "Sở Kế hoạch và Đầu tư", null, UnitKind.SO);
        unit("p2.vpdbqh", p, "Văn phòng Đoàn ĐBQH&HĐND tỉnh", null, UnitKind.VAN_PHONG);
        unit("p2.bdt", p, "Ban Dân tộc tỉnh", null, UnitKind.BAN);
        long bloc = bloc(
                p,
                "Khối thi đua các cơ quan Tham mưu – Tổng hợp",
                BlocKind.KHOI,
                NOT_NAMED + " Các đơn vị tham mưu cho Tỉnh ủy, HĐND, UBND tỉnh.");
        year(
                bloc,
                2023,
                List.of(
                        "p2.tt",
                        "p2.vpubnd",
                        "p2.stc",
                        "p2.snv",
                        "p2.stp",
                        "p2.sngv",
                        "p2.skhdt",
                        "p2.vpdbqh",
                        "p2.bdt"),
                "p2.vpubnd",
                null,
                null,
                "Hội nghị tổng kết chiều 18/01/2024: bình bầu, đề nghị danh hiệu thi đua, hình thức khen thưởng; thông qua "
                        + "phương hướng năm 2024.");
    }

    /** Seed 003: the Ministry of Justice's sector region of 8 provinces, year 2022, conference 25/11/2022. */
    private void justiceSectorRegion() {
        long ministry = authority("btp", "bo-tu-phap", "Bộ Tư pháp", AuthorityKind.MINISTRY);
        long kt = authority("kt", "kon-tum", "Tỉnh Kon Tum", AuthorityKind.PROVINCE);
        long qng = authority("qng", "quang-ngai", "Tỉnh Quảng Ngãi", AuthorityKind.PROVINCE);
        successions.record(LOADER, kt, AuthoritySuccessionCommand.merger(qng, LocalDate.of(2025, 7, 1), REFORM_2025));
        unit("kt.stp", kt, "Sở Tư pháp", "STP Kon Tum", UnitKind.SO);
        long region = bloc(
                ministry,
                "Khu vực thi đua Khối cơ quan Tư pháp các tỉnh Nam Trung bộ và Tây Nguyên",
                BlocKind.KHU_VUC,
                "Gồm Sở Tư pháp của 8 tỉnh Nam Trung bộ và Tây Nguyên; bài báo chỉ nêu tên Sở Tư pháp "
                        + "tỉnh Kon Tum.");
        year(
                region,
                2022,
                List.of("kt.stp"),
                "kt.stp",
                null,
                null,
                "Hội nghị tổng kết ngày 25/11/2022: Sở Tư pháp tỉnh Kon Tum được bình xét tặng Cờ thi đua của ngành năm "
                        + "2022; công bố quyết định cử Trưởng, Phó trưởng Khu vực năm 2023 (bài không nêu tên).");
    }

    /** Seed 004: Lạng Sơn, Cụm các cơ quan Tham mưu tổng hợp, year 2021, conference 20/01/2022. */
    private void langSon() {
        long ls = authority("ls", "lang-son", "Tỉnh Lạng Sơn", AuthorityKind.PROVINCE);
        unit("ls.stc", ls, "Sở Tài chính", "STC", UnitKind.SO);
        unit("ls.skhdt", ls, "Sở Kế hoạch và Đầu tư", "SKHĐT", UnitKind.SO);
        unit("ls.vpubnd", ls, "Văn phòng UBND tỉnh", "VP UBND", UnitKind.VAN_PHONG);
        unit("ls.vpdbqh", ls, "Văn phòng Đoàn ĐBQH&HĐND tỉnh", "VP ĐĐBQH&HĐND", UnitKind.VAN_PHONG);
        unit("ls.snv", ls, "Sở Nội vụ", "SNV", UnitKind.SO);
        unit("ls.stp", ls, "Sở Tư pháp", "STP", UnitKind.SO);
        unit("ls.sngv", ls, "Sở Ngoại vụ", "SNgV", UnitKind.SO);
        // the report names no council member: sample members, so that the council's vote can be walked through
        for (int i = 1; i <= 3; i++) {
            ids.put(
                    "ls.council." + i,
                    councilMember(
                            ls,
                            "Thành viên Hội đồng mẫu " + i,
                            "Ủy viên Hội đồng Thi đua – Khen thưởng tỉnh (tài khoản mẫu)"));
        }
        long cluster = bloc(ls, "Cụm các cơ quan Tham mưu tổng hợp", BlocKind.CUM, null);
        List<String> members = List.of("ls.stc", "ls.skhdt", "ls.vpubnd", "ls.vpdbqh", "ls.snv", "ls.stp", "ls.sngv");
        year(
                cluster,
                2021,
                members,
                "ls.stc",
                "ls.skhdt",
                null,
                "Hội nghị tổng kết ngày 20/01/2022 tại Sở Tài chính: Sở Tài chính dẫn đầu (đề nghị Cờ thi đua của UBND "
                        + "tỉnh); Văn phòng Đoàn ĐBQH&HĐND tỉnh xếp thứ Nhì, Sở Ngoại vụ xếp thứ Ba (đề nghị Bằng khen của "
                        + "Chủ tịch UBND tỉnh).");
        ids.put(
                "ls.cluster.2022",
                year(
                        cluster,
                        2022,
                        members,
                        "ls.skhdt",
                        "ls.sngv",
                        null,
                        "Trưởng, Phó trưởng Cụm được bầu tại Hội nghị ngày 20/01/2022; ký kết giao ước thi đua năm 2022."));
        units.recordSuccession(
                LOADER,
                ids.get("ls.skhdt"),
                new SuccessionCommand(
                        ids.get("ls.stc"),
                        SuccessionKind.MERGED_INTO,
                        LocalDate.of(2025, 3, 1),
                        "Sắp xếp tổ chức bộ máy năm 2025"));
    }

    /**
     * A few invented people and one collective of Sở Tư pháp Quảng Nam, marked as samples, so that
     * the eligibility screening has something to show. The seeds name no person.
     */
    private void sampleStaff() {
        long unit = ids.get("qn.stp");
        staff(
                unit,
                "INDIVIDUAL",
                "Nguyễn Văn An (dữ liệu mẫu)",
                "Phó Giám đốc",
                new CheckRequest.SubjectFacts(
                        null,
                        List.of(
                                record(2022, "CSTD_CS"),
                                record(2023, "CSTD_CS"),
                                record(2024, "CSTD_CS"),
                                record(2019, "BK_TINH")),
                        ratings(2020, "HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV", "HTXSNV"),
                        List.of(new CheckRequest.InitiativeFact(2024, "TINH", null)),
                        List.of(),
                        12,
                        null));
        staff(
                unit,
                "INDIVIDUAL",
                "Trần Thị Bình (dữ liệu mẫu)",
                "Chuyên viên",
                new CheckRequest.SubjectFacts(
                        null,
                        List.of(record(2024, "CSTD_CS")),
                        ratings(2023, "HTXSNV", "HTXSNV", "HTXSNV"),
                        List.of(
                                new CheckRequest.InitiativeFact(2024, "CO_SO", null),
                                new CheckRequest.InitiativeFact(2025, "CO_SO", null)),
                        List.of(),
                        12,
                        null));
        staff(
                unit,
                "INDIVIDUAL",
                "Lê Văn Cường (dữ liệu mẫu)",
                "Chuyên viên",
                new CheckRequest.SubjectFacts(
                        null, List.of(), ratings(2024, "HTTNV", "HTTNV"), List.of(), List.of(), 4, null));
        staff(
                unit,
                "COLLECTIVE",
                "Phòng Hành chính tư pháp (dữ liệu mẫu)",
                null,
                new CheckRequest.SubjectFacts(
                        null,
                        List.of(),
                        ratings(2024, "HTXSNV", "HTXSNV"),
                        List.of(),
                        List.of(),
                        null,
                        new CheckRequest.MemberCounts(10, 8, 10, 1)));
    }

    private void staff(long unit, String kind, String name, String position, CheckRequest.SubjectFacts history) {
        subjects.create(LOADER, new SubjectService.SubjectCommand(kind, name, unit, position, null, 2025, history));
    }

    private static CheckRequest.RecordFact record(int year, String award) {
        return new CheckRequest.RecordFact(year, award, null, null, null);
    }

    private static List<CheckRequest.RatingFact> ratings(int from, String... ratings) {
        List<CheckRequest.RatingFact> list = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            list.add(new CheckRequest.RatingFact(from + i, ratings[i]));
        }
        return list;
    }

    /**
     * Lạng Sơn's board publishes the sample table for 2021 and 2022, and the 2022 cluster uses it, so
     * that its officers can launch, sign and score right away.
     */
    private void sampleScoring() {
        long ls = ids.get("ls");
        templates.publish(
                LOADER,
                templates.create(LOADER, SampleScoringTable.forYear(ls, 2021)).id());
        long table2022 = templates
                .publish(
                        LOADER,
                        templates
                                .create(LOADER, SampleScoringTable.forYear(ls, 2022))
                                .id())
                .id();
        scoring.apply(LOADER, ids.get("ls.cluster.2022"), table2022);
    }

    private void users() {
        user("admin", "Quản trị hệ thống", Role.ADMIN, null, null, null);
        user("ban.quangnam", "Ban Thi đua – Khen thưởng tỉnh Quảng Nam", Role.BOARD, "qn", null, null);
        user("ban.langson", "Ban Thi đua – Khen thưởng tỉnh Lạng Sơn", Role.BOARD, "ls", null, null);
        user("ban.botuphap", "Vụ Thi đua – Khen thưởng, Bộ Tư pháp", Role.BOARD, "btp", null, null);
        user("tuphap.quangnam", "Cán bộ TĐKT Sở Tư pháp Quảng Nam", Role.UNIT_OFFICER, null, "qn.stp", null);
        user("taichinh.langson", "Cán bộ TĐKT Sở Tài chính Lạng Sơn", Role.UNIT_OFFICER, null, "ls.stc", null);
        user(
                "kehoach.langson",
                "Cán bộ TĐKT Sở Kế hoạch và Đầu tư Lạng Sơn",
                Role.UNIT_OFFICER,
                null,
                "ls.skhdt",
                null);
        user(
                "vanphong.langson",
                "Cán bộ TĐKT Văn phòng UBND tỉnh Lạng Sơn",
                Role.UNIT_OFFICER,
                null,
                "ls.vpubnd",
                null);
        user(
                "doandbqh.langson",
                "Cán bộ TĐKT Văn phòng Đoàn ĐBQH&HĐND tỉnh Lạng Sơn",
                Role.UNIT_OFFICER,
                null,
                "ls.vpdbqh",
                null);
        user("noivu.langson", "Cán bộ TĐKT Sở Nội vụ Lạng Sơn", Role.UNIT_OFFICER, null, "ls.snv", null);
        user("tuphap.langson", "Cán bộ TĐKT Sở Tư pháp Lạng Sơn", Role.UNIT_OFFICER, null, "ls.stp", null);
        user("ngoaivu.langson", "Cán bộ TĐKT Sở Ngoại vụ Lạng Sơn", Role.UNIT_OFFICER, null, "ls.sngv", null);
        user("hoidong.kimdung", "Trần Thị Kim Dung", Role.COUNCIL_MEMBER, null, null, "council.dung");
        for (int i = 1; i <= 3; i++) {
            user(
                    "hoidong" + i + ".langson",
                    "Thành viên Hội đồng mẫu " + i,
                    Role.COUNCIL_MEMBER,
                    null,
                    null,
                    "ls.council." + i);
        }
        user("quyetdinh.langson", "Văn phòng UBND tỉnh Lạng Sơn (trình ký quyết định)", Role.DECIDER, "ls", null, null);
    }

    private long authority(String key, String code, String name, AuthorityKind kind) {
        long id = authorities
                .create(LOADER, new AuthorityCommand(code, name, kind))
                .id();
        ids.put(key, id);
        return id;
    }

    private void unit(String key, long authorityId, String name, String shortName, UnitKind kind) {
        ids.put(
                key,
                units.create(LOADER, new UnitCommand(authorityId, name, shortName, kind))
                        .id());
    }

    private long councilMember(long authorityId, String name, String title) {
        return authorities
                .addCouncilMember(LOADER, authorityId, new CouncilMemberCommand(name, title))
                .id();
    }

    private long bloc(long authorityId, String name, BlocKind kind, String description) {
        return blocs.create(LOADER, new BlocCommand(authorityId, name, kind, description))
                .id();
    }

    private long year(
            long blocId, int year, List<String> members, String leader, String deputy, String council, String note) {
        BlocYearCommand command = new BlocYearCommand(
                year,
                members.stream().map(ids::get).toList(),
                ids.get(leader),
                ids.get(deputy),
                ids.get(council),
                null,
                note,
                null);
        return blocs.createYear(LOADER, blocId, command).id();
    }

    private void user(String username, String fullName, Role role, String authority, String unit, String council) {
        if (accounts.exists(username)) {
            log.warn("Demo user '{}' not created: the name is taken", username);
            return;
        }
        accounts.create(new NewUser(
                username, DEMO_PASSWORD, fullName, role, ids.get(authority), ids.get(unit), ids.get(council)));
    }
}
