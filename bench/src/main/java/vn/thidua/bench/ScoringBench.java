package vn.thidua.bench;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.scoring.Consolidation;
import vn.thidua.scoring.DiscrepancySettlement;
import vn.thidua.scoring.DiscrepancyView;
import vn.thidua.scoring.EntryInput;
import vn.thidua.scoring.InspectionAssignment;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ScoringRequests;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.SheetFilling;
import vn.thidua.scoring.TemplateCommand;
import vn.thidua.scoring.TemplateService;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.domain.TieBreak;

/**
 * A 15-member bloc with a 120-criterion table, scored and inspected through the services; then, in
 * the same run: (1) the consolidation and the ranking through the services, (2) the ranking page
 * under N concurrent signed-in users over HTTP, beside a trivial endpoint (a static file behind the
 * same security chain). Usage: java ... vn.thidua.bench.ScoringBench [users] [seconds]
 */
public final class ScoringBench {

    /** {@code -Dmembers=n -Dcriteria=m} for a smaller bloc (the smoke run); at least 2 members, 1 criterion. */
    static final int MEMBERS = Integer.getInteger("members", 15);

    static final int CRITERIA = Integer.getInteger("criteria", 120);
    static final String PASSWORD = "Bench@2026-load";

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ConfigurableApplicationContext app = BenchApp.start();
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Setup setup = setUp(app);
            ResultService results = app.getBean(ResultService.class);

            Clock clock = app.getBean(Clock.class);
            long t0 = System.nanoTime();
            app.getBean(Consolidation.class)
                    .consolidate(
                            setup.leader,
                            setup.yearId,
                            new ScoringRequests.Consolidate(
                                    LocalDate.now(clock).minusDays(2),
                                    LocalDate.now(clock).minusDays(1),
                                    roundVersion(app, setup.board, setup.yearId)));
            System.out.printf(
                    "consolidation of %d members x %d criteria (final table written): %.1f ms%n",
                    MEMBERS, CRITERIA, (System.nanoTime() - t0) / 1e6);
            for (int i = 0; i < 50; i++) {
                results.results(setup.board, setup.yearId);
            }
            int rounds = 500;
            t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                results.results(setup.board, setup.yearId);
            }
            System.out.printf(
                    "ranking (final table read, totals, tie-breaks, classes): %.2f ms each (mean of %d)%n",
                    (System.nanoTime() - t0) / 1e6 / rounds, rounds);

            String base = "http://localhost:" + port;
            String page = "/bloc-years/" + setup.yearId + "/results";
            Load trivial = load(base, "/css/app.css", setup.boardName, users, seconds);
            Load ranking = load(base, page, setup.boardName, users, seconds);
            System.out.printf(
                    "%-36s %10s %9s %9s %9s %7s%n",
                    "endpoint (" + users + " users, " + seconds + " s)",
                    "req/s",
                    "p50 ms",
                    "p90 ms",
                    "p99 ms",
                    "errors");
            trivial.print("static file (trivial)");
            ranking.print("ranking page " + page);
            for (String extra : System.getProperty("extra", "").split(",")) {
                if (!extra.isBlank()) {
                    load(base, extra.replace("{year}", String.valueOf(setup.yearId)), setup.boardName, users, seconds)
                            .print("page " + extra);
                }
            }
        } finally {
            app.close();
        }
    }

    record Setup(long yearId, CurrentUser leader, CurrentUser board, String boardName) {}

    static Setup setUp(ConfigurableApplicationContext app) {
        CurrentUser admin = new CurrentUser(0, "bench", "Bench", Role.ADMIN, null, null, null);
        long authority = app.getBean(AuthorityService.class)
                .create(admin, new AuthorityCommand("bench", "Tỉnh đo hiệu năng", AuthorityKind.PROVINCE))
                .id();
        UnitService units = app.getBean(UnitService.class);
        UserAccounts accounts = app.getBean(UserAccounts.class);
        List<Long> members = new ArrayList<>();
        List<CurrentUser> officers = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            long unit = units.create(admin, new UnitCommand(authority, "Sở số " + (i + 1), "S" + (i + 1), UnitKind.SO))
                    .id();
            members.add(unit);
            String name = "bench-officer-" + i;
            long id = accounts.create(
                    new UserAccounts.NewUser(name, PASSWORD, name, Role.UNIT_OFFICER, null, unit, null));
            officers.add(new CurrentUser(id, name, name, Role.UNIT_OFFICER, null, unit, null));
        }
        long boardId = accounts.create(
                new UserAccounts.NewUser("bench-board", PASSWORD, "Ban", Role.BOARD, authority, null, null));
        CurrentUser board = new CurrentUser(boardId, "bench-board", "Ban", Role.BOARD, authority, null, null);
        BlocService blocs = app.getBean(BlocService.class);
        long bloc = blocs.create(admin, new BlocCommand(authority, "Khối đo hiệu năng", BlocKind.KHOI, null))
                .id();
        long yearId = blocs.createYear(admin, bloc, new BlocYearCommand(2025, members, members.get(0), members.get(1)))
                .id();

        TemplateService templates = app.getBean(TemplateService.class);
        TemplateCommand table = new TemplateCommand();
        table.setAuthorityId(authority);
        table.setYear(2025);
        table.setName("Bảng 120 tiêu chí");
        table.setBonusCap(BigDecimal.valueOf(5));
        table.setPenaltyCap(BigDecimal.valueOf(5));
        table.setDiscrepancyPoints(BigDecimal.ONE);
        table.setTieBreaks(
                List.of(TieBreak.FEWER_PENALTY_POINTS, TieBreak.MORE_CRITERIA_AT_MAX, TieBreak.MORE_BONUS_POINTS));
        List<TemplateCommand.CriterionLine> lines = new ArrayList<>();
        for (int c = 0; c < CRITERIA; c++) {
            CriterionKind kind = c < 110 ? CriterionKind.SCORED : c < 115 ? CriterionKind.BONUS : CriterionKind.PENALTY;
            lines.add(new TemplateCommand.CriterionLine(
                    "C" + c,
                    "Nhóm " + (c / 10 + 1),
                    "Tiêu chí số " + (c + 1),
                    kind,
                    BigDecimal.valueOf(kind == CriterionKind.SCORED ? 10 : 2),
                    null,
                    null));
        }
        table.setCriteria(lines);
        long template =
                templates.publish(admin, templates.create(admin, table).id()).id();
        ScoringService scoring = app.getBean(ScoringService.class);
        SheetFilling sheets = app.getBean(SheetFilling.class);
        InspectionAssignment assignment = app.getBean(InspectionAssignment.class);
        scoring.apply(admin, yearId, template);

        Random random = new Random(7);
        double[][] self = new double[MEMBERS][CRITERIA];
        for (int u = 0; u < MEMBERS; u++) {
            List<EntryInput> entries = new ArrayList<>();
            for (int c = 0; c < CRITERIA; c++) {
                self[u][c] = c < 110 ? 5 + random.nextInt(11) / 2.0 : random.nextInt(3);
                entries.add(new EntryInput("C" + c, String.valueOf(self[u][c]), null, null));
            }
            fill(sheets, officers.get(u), yearId, SheetKind.SELF, members.get(u), entries);
        }
        CurrentUser leader = officers.get(0);
        List<InspectionPair> pairs =
                assignment.generate(leader, yearId, new ScoringRequests.RoundStep(roundVersion(app, board, yearId)));
        assignment.open(leader, yearId, new ScoringRequests.RoundStep(roundVersion(app, board, yearId)));
        for (InspectionPair pair : pairs) {
            int inspector = members.indexOf(pair.inspector());
            int inspected = members.indexOf(pair.inspected());
            List<EntryInput> entries = new ArrayList<>();
            for (int c = 0; c < CRITERIA; c++) {
                double points = c == inspected ? Math.max(0, self[inspected][c] - 2) : self[inspected][c];
                entries.add(new EntryInput("C" + c, String.valueOf(points), null, null));
            }
            fill(sheets, officers.get(inspector), yearId, SheetKind.INSPECTION, pair.inspected(), entries);
        }
        // the leader settles the other units' discrepancies; its own unit's fall to the board
        DiscrepancySettlement settlement = app.getBean(DiscrepancySettlement.class);
        for (DiscrepancyView d : app.getBean(ResultService.class).discrepancies(leader, yearId)) {
            CurrentUser settler = d.unit().id() == members.get(0) ? board : leader;
            settlement.resolve(
                    settler,
                    yearId,
                    new ScoringRequests.Resolve(
                            d.unit().id(),
                            d.criterion().code(),
                            d.inspection().toPlainString(),
                            "Theo kết quả kiểm tra",
                            roundVersion(app, board, yearId)));
        }
        return new Setup(yearId, leader, board, "bench-board");
    }

    /** A sheet saved as a draft and submitted, each step with the version it read. */
    static void fill(
            SheetFilling sheets,
            CurrentUser officer,
            long yearId,
            SheetKind kind,
            long unit,
            List<EntryInput> entries) {
        long version = sheets.save(officer, yearId, kind, unit, new ScoringRequests.SaveSheet(0L, entries))
                .version();
        sheets.submit(officer, yearId, kind, unit, new ScoringRequests.SubmitSheet(version));
    }

    static long roundVersion(ConfigurableApplicationContext app, CurrentUser reader, long yearId) {
        return app.getBean(ScoringService.class)
                .round(reader, yearId)
                .orElseThrow()
                .version();
    }

    /** What one target's load measured, printed as a row of the table. */
    record Load(PageBench.Load measured) {
        void print(String name) {
            System.out.printf(
                    "%-36s %10.0f %9.1f %9.1f %9.1f %7d%n",
                    name,
                    measured.perSecond(),
                    measured.pct(50),
                    measured.pct(90),
                    measured.pct(99),
                    measured.errors());
        }
    }

    /**
     * N signed-in sessions request the path in a closed loop (PageBench's load): a warm-up of a third of the time, then
     * the measured time.
     */
    static Load load(String base, String path, String user, int users, int seconds) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(BenchApp.signIn(base, user, PASSWORD));
        }
        return new Load(PageBench.load(base, new PageBench.Target(path, path, null), sessions, seconds));
    }
}
