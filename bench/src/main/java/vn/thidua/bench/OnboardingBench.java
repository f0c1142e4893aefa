package vn.thidua.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.onboarding.OnboardingReport;
import vn.thidua.onboarding.OnboardingService;
import vn.thidua.onboarding.OnboardingWorkbook;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;

/**
 * A province onboarded from one workbook: N units (default 100), nine council members, clusters of
 * twenty and two khối of ten for one year, an account for every unit's officer, every council
 * member, a board member and the decider. Starts the application on a fresh embedded PostgreSQL,
 * imports one province to warm up, then times in the same run: the workbook read alone, the import
 * of three fresh provinces through {@link OnboardingService}, the same workbook imported again (every
 * row unchanged), and as the reference the same registry rows (units, council members, blocs, bloc
 * years, members, accounts) written by raw COPY in one transaction.
 * Usage: java ... vn.thidua.bench.OnboardingBench [units]
 */
public final class OnboardingBench {

    private static final int COUNCIL = 9;
    private static final int YEAR = 2026;

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        ConfigurableApplicationContext app = BenchApp.start();
        try {
            long adminId = app.getBean(UserAccounts.class)
                    .create(new UserAccounts.NewUser(
                            "bench-admin", "Mật khẩu đo 2026!", "Quản trị đo", Role.ADMIN, null, null, null));
            CurrentUser admin = new CurrentUser(adminId, "bench-admin", "Quản trị đo", Role.ADMIN, null, null, null);
            OnboardingService onboarding = app.getBean(OnboardingService.class);
            byte[] template = onboarding.template(admin);
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            OnboardingReport warm = onboarding.importWorkbook(admin, province(template, "w", units), (d, t) -> {});
            check(warm, "warm-up");

            byte[] first = province(template, "a", units);
            int rows = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                rows = app.getBean(OnboardingWorkbook.class).read(first).rowCount();
            }
            System.out.printf(
                    "workbook: %,d bytes, %d rows; read alone (mean of 5): %.0f ms%n",
                    first.length, rows, (System.nanoTime() - t0) / 1e6 / 5);

            for (String tag : List.of("a", "b", "c")) {
                byte[] workbook = tag.equals("a") ? first : province(template, tag, units);
                // the moments the progress passed each sheet's last row: what each sheet took
                int[] ends = {
                    0,
                    1,
                    1 + units,
                    1 + units + COUNCIL,
                    1 + units + COUNCIL + units / 20 + 2,
                    1 + units + COUNCIL + units / 20 + 2 + units + COUNCIL + 2
                };
                long[] at = new long[ends.length];
                AtomicInteger calls = new AtomicInteger();
                t0 = System.nanoTime();
                OnboardingReport report = onboarding.importWorkbook(admin, workbook, (d, t) -> {
                    calls.incrementAndGet();
                    for (int p = 0; p < ends.length; p++) {
                        if (at[p] == 0 && d >= ends[p]) {
                            at[p] = System.nanoTime();
                        }
                    }
                });
                long t1 = System.nanoTime();
                check(report, tag);
                System.out.printf(
                        "import of province %s: %.2f s (%d rows created, %d progress calls)%n",
                        tag, (t1 - t0) / 1e9, report.count(OnboardingReport.Outcome.CREATED), calls.get());
                String[] phases = {
                    "read and checked",
                    "authority",
                    "units",
                    "council members",
                    "blocs and their years",
                    "accounts checked",
                    "accounts created, commit"
                };
                long previous = t0;
                for (int p = 0; p < phases.length; p++) {
                    long end = p < at.length ? at[p] : t1;
                    System.out.printf("    %-26s %5.0f ms%n", phases[p], (end - previous) / 1e6);
                    previous = end;
                }
            }
            t0 = System.nanoTime();
            OnboardingReport again = onboarding.importWorkbook(admin, first, (d, t) -> {});
            System.out.printf(
                    "same workbook again: %.2f s (%d rows unchanged, %d otherwise)%n",
                    (System.nanoTime() - t0) / 1e9,
                    again.count(OnboardingReport.Outcome.UNCHANGED),
                    again.rows().size() - again.count(OnboardingReport.Outcome.UNCHANGED));

            long authority = jdbc.sql(
                            "INSERT INTO authority (code, name, kind) VALUES ('onb-copy', 'Tỉnh chép thẳng', 'PROVINCE')"
                                    + " RETURNING id")
                    .query(Long.class)
                    .single();
            t0 = System.nanoTime();
            int copied = copy(app.getBean(DataSource.class), authority, units);
            System.out.printf(
                    "reference, raw COPY of the same registry rows (%d rows, one transaction): %.3f s%n",
                    copied, (System.nanoTime() - t0) / 1e9);
        } finally {
            app.close();
        }
    }

    private static void check(OnboardingReport report, String tag) {
        if (!report.applied()) {
            throw new IllegalStateException("province " + tag + " not imported: " + report.errors());
        }
    }

    private static String unit(int u) {
        return "Sở Thử nghiệm số " + u;
    }

    private static String member(int c) {
        return "Ủy viên Hội đồng số " + c;
    }

    /** The application's template with the province written into it, as a board would fill it. */
    static byte[] province(byte[] template, String tag, int units) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String code = "onb-" + tag;
            append(workbook, "Cơ quan", code, "Tỉnh đo " + tag, "PROVINCE");
            for (int u = 1; u <= units; u++) {
                append(
                        workbook,
                        "Đơn vị",
                        unit(u),
                        "DV" + u,
                        "SO",
                        "dv" + u + "@" + code + ".gov.vn",
                        "0205 38" + (1000 + u));
            }
            for (int c = 1; c <= COUNCIL; c++) {
                append(workbook, "Hội đồng", member(c), "Ủy viên Hội đồng Thi đua – Khen thưởng tỉnh");
            }
            for (int b = 0; b < units / 20; b++) {
                appendGroup(
                        workbook,
                        "Cụm thi đua số " + (b + 1),
                        "CUM",
                        b * 20 + 1,
                        20,
                        unit(b * 20 + 1),
                        unit(b * 20 + 2),
                        member(b % COUNCIL + 1));
            }
            for (int k = 0; k < 2; k++) {
                appendGroup(workbook, "Khối thi đua số " + (k + 1), "KHOI", k * 10 + 1, 10, unit(k * 10 + 3), "", "");
            }
            for (int u = 1; u <= units; u++) {
                append(
                        workbook,
                        "Tài khoản",
                        tag + ".dv" + u,
                        "Cán bộ đơn vị " + u,
                        tag + ".dv" + u + "@example.gov.vn",
                        "UNIT_OFFICER",
                        unit(u));
            }
            for (int c = 1; c <= COUNCIL; c++) {
                append(workbook, "Tài khoản", tag + ".hd" + c, member(c), "", "COUNCIL_MEMBER", member(c));
            }
            append(workbook, "Tài khoản", tag + ".ban", "Chuyên viên Ban", "", "BOARD", "");
            append(workbook, "Tài khoản", tag + ".quyetdinh", "Người ký", "", "DECIDER", "");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A row of "Khối, cụm": the group of {@code size} units from unit {@code first}, its leader, its deputy and its
     * council member (empty when none).
     */
    private static void appendGroup(
            XSSFWorkbook workbook,
            String name,
            String kind,
            int first,
            int size,
            String leader,
            String deputy,
            String councilMember) {
        List<String> members = new ArrayList<>();
        for (int u = first; u < first + size; u++) {
            members.add(unit(u));
        }
        append(
                workbook,
                "Khối, cụm",
                name,
                kind,
                String.valueOf(YEAR),
                String.join("; ", members),
                leader,
                deputy,
                councilMember);
    }

    private static void append(XSSFWorkbook workbook, String sheetName, String... cells) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    /** The rows the import leaves in the registry, written straight: what the database alone costs. */
    private static int copy(DataSource dataSource, long authority, int units) throws Exception {
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder text = new StringBuilder();
            for (int u = 1; u <= units; u++) {
                text.append(authority)
                        .append('\t')
                        .append(unit(u))
                        .append("\tDV")
                        .append(u)
                        .append("\tSO\tdv")
                        .append(u)
                        .append("@onb-copy.gov.vn\t0205 38")
                        .append(1000 + u)
                        .append('\n');
            }
            rows += copy.copyIn(
                    "COPY unit (authority_id, name, short_name, kind, email, phone) FROM STDIN",
                    new StringReader(text.toString()));
            text.setLength(0);
            for (int m = 1; m <= COUNCIL; m++) {
                text.append(authority)
                        .append('\t')
                        .append(member(m))
                        .append("\tỦy viên Hội đồng Thi đua – Khen thưởng tỉnh\n");
            }
            rows += copy.copyIn(
                    "COPY council_member (authority_id, full_name, position) FROM STDIN",
                    new StringReader(text.toString()));
            text.setLength(0);
            Map<String, String> blocs = new LinkedHashMap<>();
            for (int b = 0; b < units / 20; b++) {
                blocs.put("Cụm thi đua số " + (b + 1), "CUM");
            }
            blocs.put("Khối thi đua số 1", "KHOI");
            blocs.put("Khối thi đua số 2", "KHOI");
            blocs.forEach((name, kind) -> text.append(authority)
                    .append('\t')
                    .append(name)
                    .append('\t')
                    .append(kind)
                    .append('\n'));
            rows += copy.copyIn("COPY bloc (authority_id, name, kind) FROM STDIN", new StringReader(text.toString()));
            text.setLength(0);

            Map<String, Long> unitIds = ids(c, "SELECT name, id FROM unit WHERE authority_id = " + authority);
            Map<String, Long> memberIds =
                    ids(c, "SELECT full_name, id FROM council_member WHERE authority_id = " + authority);
            Map<String, Long> blocIds = ids(c, "SELECT name, id FROM bloc WHERE authority_id = " + authority);
            int b = 0;
            for (Map.Entry<String, String> bloc : blocs.entrySet()) {
                boolean cluster = bloc.getValue().equals("CUM");
                int first = cluster ? b * 20 + 1 : (b - units / 20) * 10 + 1;
                BenchApp.line(
                        text,
                        blocIds.get(bloc.getKey()),
                        bloc.getValue(),
                        YEAR,
                        unitIds.get(unit(cluster ? first : first + 2)),
                        cluster ? String.valueOf(unitIds.get(unit(first + 1))) : "\\N",
                        cluster ? String.valueOf(memberIds.get(member(b % COUNCIL + 1))) : "\\N");
                b++;
            }
            rows += copy.copyIn(
                    "COPY bloc_year (bloc_id, bloc_kind, year, leader_unit_id, deputy_unit_id, council_member_id) FROM STDIN",
                    new StringReader(text.toString()));
            text.setLength(0);
            Map<String, Long> yearIds = ids(
                    c,
                    "SELECT b.name, y.id FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id" + " WHERE b.authority_id = "
                            + authority);
            b = 0;
            for (Map.Entry<String, String> bloc : blocs.entrySet()) {
                boolean cluster = bloc.getValue().equals("CUM");
                int first = cluster ? b * 20 + 1 : (b - units / 20) * 10 + 1;
                for (int u = first; u < first + (cluster ? 20 : 10); u++) {
                    BenchApp.line(text, yearIds.get(bloc.getKey()), unitIds.get(unit(u)), YEAR, bloc.getValue());
                }
                b++;
            }
            rows += copy.copyIn(
                    "COPY bloc_member (bloc_year_id, unit_id, year, bloc_kind) FROM STDIN",
                    new StringReader(text.toString()));
            text.setLength(0);
            for (int u = 1; u <= units; u++) {
                text.append("copy.dv")
                        .append(u)
                        .append("\tCán bộ đơn vị ")
                        .append(u)
                        .append("\tUNIT_OFFICER\t\\N\t")
                        .append(unitIds.get(unit(u)))
                        .append("\t\\N\tcopy.dv")
                        .append(u)
                        .append("@example.gov.vn\n");
            }
            for (int m = 1; m <= COUNCIL; m++) {
                text.append("copy.hd")
                        .append(m)
                        .append('\t')
                        .append(member(m))
                        .append("\tCOUNCIL_MEMBER\t\\N\t\\N\t")
                        .append(memberIds.get(member(m)))
                        .append("\t\\N\n");
            }
            text.append("copy.ban\tChuyên viên Ban\tBOARD\t").append(authority).append("\t\\N\t\\N\t\\N\n");
            text.append("copy.quyetdinh\tNgười ký\tDECIDER\t").append(authority).append("\t\\N\t\\N\t\\N\n");
            rows += copy.copyIn(
                    "COPY app_user (username, full_name, role, authority_id, unit_id, council_member_id, email) FROM STDIN",
                    new StringReader(text.toString()));
            c.commit();
        }
        return rows;
    }

    private static Map<String, Long> ids(Connection c, String sql) throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        try (var statement = c.createStatement();
                var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }
}
