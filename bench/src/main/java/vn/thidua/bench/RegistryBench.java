package vn.thidua.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.awards.AwardEntry;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.awards.RegistrySearch;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.rules.domain.Award;

/**
 * The award registry of a large province: N people (default 1,000,000) in 2,000 units, three awards
 * each over twenty years, loaded by COPY; then the board's searches through the application's
 * service, each timed over repeated runs, and an import of a 5,000-row sheet.
 * Usage: java ... vn.thidua.bench.RegistryBench [people]
 */
public final class RegistryBench {

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Xuân", "Thu"
    };
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn",
        "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến", "Đào", "Hiếu", "Khánh"
    };
    private static final Award[] AWARDS = {Award.LDTT, Award.CSTD_CS, Award.GIAY_KHEN, Award.BK_TINH, Award.CSTD_TINH};
    /** Units of the province; {@code -Dunits=n} for a smaller one (the smoke run). */
    private static final int UNITS = Integer.getInteger("units", 2_000);

    private static final int BATCH = 50_000;

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ConfigurableApplicationContext app = BenchApp.start();
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            DataSource dataSource = app.getBean(DataSource.class);
            long authority = BenchApp.province(jdbc);
            List<Long> units = new ArrayList<>();
            for (int u = 0; u < UNITS; u++) {
                units.add(jdbc.sql("INSERT INTO unit (authority_id, name, kind) VALUES (:a, :n, 'KHAC') RETURNING id")
                        .param("a", authority)
                        .param("n", "Đơn vị số " + (u + 1))
                        .query(Long.class)
                        .single());
            }
            long t0 = System.nanoTime();
            long records = load(dataSource, jdbc, units, people);
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("VACUUM ANALYZE");
            }
            System.out.printf("loaded %,d people, %,d awards in %.1f s%n", people, records, seconds(t0));

            AwardRegistry registry = app.getBean(AwardRegistry.class);
            CurrentUser board = new CurrentUser(0, "bench", "Ban đo hiệu năng", Role.BOARD, authority, null, null);
            time(
                    "name without diacritics, whole province (\"nguyen thi hanh\")",
                    () -> registry.search(board, new RegistrySearch("nguyen thi hanh", null, null, null, null, null)));
            time(
                    "name and year (\"tran van\", 2019)",
                    () -> registry.search(board, new RegistrySearch("tran van", 2019, null, null, null, null)));
            time(
                    "year and award (2020, Bằng khen), first 2,000",
                    () -> registry.search(
                            board, new RegistrySearch(null, 2020, Award.BK_TINH.name(), null, null, null)));
            time(
                    "one unit's whole history (unit 1,000)",
                    () -> registry.ofUnit(board, units.get(Math.min(999, units.size() - 1)))
                            .awards());

            byte[] sheet = sheet(Integer.getInteger("sheetRows", 5_000));
            t0 = System.nanoTime();
            int imported = registry.importWorkbook(board, new ByteArrayInputStream(sheet))
                    .imported();
            System.out.printf("import of a %,d-row sheet (%,d bytes): %.2f s%n", imported, sheet.length, seconds(t0));
        } finally {
            app.close();
        }
    }

    private static void time(String what, Supplier<List<AwardEntry>> search) {
        int found = search.get().size();
        for (int i = 0; i < 3; i++) {
            search.get();
        }
        int runs = 20;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            search.get();
        }
        System.out.printf("%-62s %6.1f ms  (%,d found)%n", what, (System.nanoTime() - t0) / 1e6 / runs, found);
    }

    private static String name(SplittableRandom random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    static long load(DataSource dataSource, JdbcClient jdbc, List<Long> units, int people) throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        long rows = 0;
        long firstId = BenchApp.nextSubjectId(jdbc);
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < people; from += BATCH) {
                int n = Math.min(BATCH, people - from);
                StringBuilder subjects = new StringBuilder();
                StringBuilder records = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    long id = firstId + from + i;
                    subjects.append(id)
                            .append("\tINDIVIDUAL\t")
                            .append(name(random))
                            .append('\t')
                            .append(units.get(random.nextInt(units.size())))
                            .append('\n');
                    int first = 2005 + random.nextInt(15);
                    for (int k = 0; k < 3; k++) {
                        Award award = AWARDS[random.nextInt(AWARDS.length)];
                        int year = first + k * 2;
                        records.append(id)
                                .append('\t')
                                .append(year)
                                .append('\t')
                                .append(award)
                                .append('\t')
                                .append(year)
                                .append('\t')
                                .append(year)
                                .append("\tTHUONG_XUYEN\t")
                                .append(award.isTitle() ? 't' : 'f')
                                .append('\t')
                                .append(year % 100 + 1)
                                .append("/QĐ-UBND\t")
                                .append(year + 1)
                                .append("-01-20\t")
                                .append("IMPORTED\n");
                        rows++;
                    }
                }
                copy.copyIn(
                        "COPY subject (id, kind, full_name, unit_id) FROM STDIN",
                        new StringReader(subjects.toString()));
                copy.copyIn(
                        "COPY subject_record (subject_id, year, award, period_from, period_to, commendation_type, is_title,"
                                + " decision_number, decision_date, source) FROM STDIN",
                        new StringReader(records.toString()));
            }
        }
        jdbc.sql("SELECT setval(pg_get_serial_sequence('subject', 'id'), (SELECT max(id) FROM subject))")
                .query(Long.class)
                .single();
        return rows;
    }

    /** A province's past list: people of the first units, Giấy khen of 2004 (a year the load leaves empty). */
    private static byte[] sheet(int rows) throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Khen thưởng");
            sheet.createRow(0).createCell(0).setCellValue("Đối tượng");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                String[] cells = {
                    "Cá nhân",
                    name(random) + " " + r,
                    "Đơn vị số " + (1 + random.nextInt(Math.min(50, UNITS))),
                    "",
                    "GIAY_KHEN",
                    "",
                    "2004",
                    "",
                    "",
                    "",
                    r + "/QĐ-S",
                    "20/01/2005",
                    "",
                    ""
                };
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
