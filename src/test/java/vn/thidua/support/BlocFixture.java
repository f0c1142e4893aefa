package vn.thidua.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.TemplateCommand;
import vn.thidua.scoring.TemplateCommand.CriterionLine;
import vn.thidua.scoring.TemplateService;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.TieBreak;

/**
 * A province of its own for one test: units with an officer each (the first leads, the second is
 * deputy), its board, a bloc year, and a published scoring table applied to it. Nothing is shared
 * with the demo data or with other tests.
 */
@Component
public class BlocFixture {

    private static final CurrentUser ADMIN = new CurrentUser(0, "test-setup", "Test", Role.ADMIN, null, null, null);

    private final AuthorityService authorities;
    private final UnitService units;
    private final BlocService blocs;
    private final UserAccounts accounts;
    private final TemplateService templates;
    private final ScoringService scoring;
    private final Clock clock;

    /** Every write of the fixture must succeed: a refusal stops the test where it happened, with its body. */
    private static final int[] OK = {200, 201};

    BlocFixture(
            AuthorityService authorities,
            UnitService units,
            BlocService blocs,
            UserAccounts accounts,
            TemplateService templates,
            ScoringService scoring,
            Clock clock) {
        this.authorities = authorities;
        this.units = units;
        this.blocs = blocs;
        this.accounts = accounts;
        this.templates = templates;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** One bloc year: ids and the officers' usernames in member order; {@code board} is the authority's board. */
    public record Bloc(
            long authorityId,
            long blocId,
            long yearId,
            int year,
            List<Long> units,
            List<String> officers,
            String board,
            long templateId) {

        public long unit(int i) {
            return units.get(i);
        }

        public String officer(int i) {
            return officers.get(i);
        }

        public String path(String rest) {
            return "/api/v1/bloc-years/" + yearId + rest;
        }
    }

    public Bloc create(int members, int year) {
        return create(members, year, BlocKind.KHOI);
    }

    /** As {@link #create(int, int)}, for a bloc of the given kind (a cụm is led by its Cụm trưởng). */
    public Bloc create(int members, int year, BlocKind kind) {
        String tag = Registry.unique("t").replace(' ', '-').toLowerCase();
        long authority = authorities
                .create(ADMIN, new AuthorityCommand("p-" + tag, "Tỉnh kiểm thử " + tag, AuthorityKind.PROVINCE))
                .id();
        List<Long> ids = new ArrayList<>();
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            long unit = units.create(
                            ADMIN,
                            new UnitCommand(authority, "Sở số " + (i + 1) + " " + tag, "S" + (i + 1), UnitKind.SO))
                    .id();
            ids.add(unit);
            String username = "cb" + (i + 1) + "-" + tag;
            accounts.create(new UserAccounts.NewUser(
                    username, Api.DEMO_PASSWORD, "Cán bộ Sở số " + (i + 1), Role.UNIT_OFFICER, null, unit, null));
            officers.add(username);
        }
        String board = "ban-" + tag;
        accounts.create(new UserAccounts.NewUser(
                board, Api.DEMO_PASSWORD, "Ban TĐKT " + tag, Role.BOARD, authority, null, null));
        long bloc = blocs.create(
                        ADMIN,
                        new BlocCommand(
                                authority,
                                (kind == BlocKind.CUM ? "Cụm kiểm thử " : "Khối kiểm thử ") + tag,
                                kind,
                                null))
                .id();
        long yearId = blocs.createYear(
                        ADMIN, bloc, new BlocYearCommand(year, ids, ids.get(0), members > 1 ? ids.get(1) : null))
                .id();
        long template = templates
                .publish(ADMIN, templates.create(ADMIN, table(authority, year)).id())
                .id();
        scoring.apply(ADMIN, yearId, template);
        return new Bloc(authority, bloc, yearId, year, ids, officers, board, template);
    }

    /** A second published table for the bloc's authority and year, which the year may still be switched to; its id. */
    public long publishAnotherTable(Bloc bloc) {
        TemplateCommand table = table(bloc.authorityId(), bloc.year());
        table.setName("Bảng kiểm thử thứ hai " + bloc.year());
        return templates.publish(ADMIN, templates.create(ADMIN, table).id()).id();
    }

    /**
     * Plays the bloc's year to a consolidated ranking through the API, as its members would: launch,
     * covenants, self-scores, cross-inspection with the same points, consolidation. {@code points}:
     * 1.1, 1.2 and 2.1 for each member in order.
     */
    public void rank(int port, Bloc bloc, double[][] points) {
        Api leader = Api.as(port, bloc.officer(0));
        leader.put(
                        bloc.path("/launch"),
                        Api.json(
                                "launchedOn",
                                bloc.year() + "-02-01",
                                "text",
                                "Phát động",
                                "movements",
                                "Chuyển đổi số"))
                .expect(OK);
        leader.post(bloc.path("/inspections/generate"), roundVersion(leader, bloc))
                .expect(OK);
        leader.post(bloc.path("/inspections/open"), roundVersion(leader, bloc)).expect(OK);
        for (int i = 0; i < points.length; i++) {
            Api unit = Api.as(port, bloc.officer(i));
            unit.put(bloc.path("/covenant/" + bloc.unit(i)), Api.json("targets", "Hoàn thành nhiệm vụ"))
                    .expect(OK);
            unit.post(
                            bloc.path("/covenant/" + bloc.unit(i) + "/sign"),
                            Api.json("signerName", "A", "signerPosition", "Giám đốc"))
                    .expect(OK);
            long self = unit.put(bloc.path("/sheets/SELF/" + bloc.unit(i)), entries(points[i]))
                    .expect(OK)
                    .json()
                    .get("version")
                    .asLong();
            unit.post(bloc.path("/sheets/SELF/" + bloc.unit(i) + "/submit"), Api.json("version", self))
                    .expect(OK);
        }
        for (JsonNode pair : leader.get(bloc.path("/inspections")).expect(200).json()) {
            int inspector = bloc.units().indexOf(pair.get("inspector").asLong());
            int inspected = bloc.units().indexOf(pair.get("inspected").asLong());
            Api unit = Api.as(port, bloc.officer(inspector));
            long sheet = unit.put(bloc.path("/sheets/INSPECTION/" + bloc.unit(inspected)), entries(points[inspected]))
                    .expect(OK)
                    .json()
                    .get("version")
                    .asLong();
            unit.post(bloc.path("/sheets/INSPECTION/" + bloc.unit(inspected) + "/submit"), Api.json("version", sheet))
                    .expect(OK);
        }
        leader.post(
                        bloc.path("/consolidate"),
                        Api.json(
                                "objectionFrom",
                                LocalDate.now(clock).toString(),
                                "objectionUntil",
                                LocalDate.now(clock).plusDays(3).toString(),
                                "version",
                                roundVersionOf(leader, bloc)))
                .expect(OK);
    }

    /** {"version": n}: the round's version as the API reads it, which every write of a round step carries. */
    public static String roundVersion(Api api, Bloc bloc) {
        return Api.json("version", roundVersionOf(api, bloc));
    }

    /** The round's version as the API reads it. */
    public static long roundVersionOf(Api api, Bloc bloc) {
        return api.get(bloc.path("/scoring")).expect(200).json().get("version").asLong();
    }

    private static String entries(double[] p) {
        return Api.json(
                "version",
                0,
                "entries",
                List.of(
                        Map.of("code", "1.1", "points", p[0]),
                        Map.of("code", "1.2", "points", p[1]),
                        Map.of("code", "2.1", "points", p[2])));
    }

    /** Members of the authority's emulation council, each with an account; their usernames. */
    public List<String> council(Bloc bloc, int members) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            long id = authorities
                    .addCouncilMember(
                            ADMIN,
                            bloc.authorityId(),
                            new CouncilMemberCommand("Ủy viên Hội đồng " + (i + 1), "Ủy viên"))
                    .id();
            String name = Registry.unique("hd").replace(' ', '-').toLowerCase();
            accounts.create(new UserAccounts.NewUser(
                    name, Api.DEMO_PASSWORD, "Ủy viên " + (i + 1), Role.COUNCIL_MEMBER, null, null, id));
            names.add(name);
        }
        return names;
    }

    /** The account that signs the authority's decisions. */
    public String decider(Bloc bloc) {
        String name = Registry.unique("qd").replace(' ', '-').toLowerCase();
        accounts.create(new UserAccounts.NewUser(
                name, Api.DEMO_PASSWORD, "Người ký quyết định", Role.DECIDER, bloc.authorityId(), null, null));
        return name;
    }

    /** 1.1 (10), 1.2 (20), 2.1 (10), bonus B (5, cap 3), penalty P (5, cap 4); flags above 2 points. */
    public static TemplateCommand table(long authority, int year) {
        TemplateCommand command = new TemplateCommand();
        command.setAuthorityId(authority);
        command.setYear(year);
        command.setName("Bảng kiểm thử " + year);
        command.setBonusCap(BigDecimal.valueOf(3));
        command.setPenaltyCap(BigDecimal.valueOf(4));
        command.setDiscrepancyPoints(BigDecimal.valueOf(2));
        command.setTieBreaks(List.of(TieBreak.FEWER_PENALTY_POINTS, TieBreak.MORE_CRITERIA_AT_MAX));
        command.setCriteria(List.of(
                line("1.1", "I. Chuyên môn", "Hoàn thành chỉ tiêu", CriterionKind.SCORED, 10),
                line("1.2", "I. Chuyên môn", "Chất lượng tham mưu", CriterionKind.SCORED, 20),
                line("2.1", "II. Thi đua", "Phong trào thi đua", CriterionKind.SCORED, 10),
                line("B", "III. Thưởng, trừ", "Điểm thưởng", CriterionKind.BONUS, 5),
                line("P", "III. Thưởng, trừ", "Điểm trừ", CriterionKind.PENALTY, 5)));
        command.setBands(List.of(
                new TemplateCommand.BandLine("Hoàn thành xuất sắc", BigDecimal.valueOf(35)),
                new TemplateCommand.BandLine("Hoàn thành", BigDecimal.valueOf(20))));
        return command;
    }

    private static CriterionLine line(String code, String group, String name, CriterionKind kind, int max) {
        return new CriterionLine(code, group, name, kind, BigDecimal.valueOf(max), null, null);
    }
}
