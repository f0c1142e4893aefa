package vn.thidua.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.Problem;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.ProvinceWorkbook;
import vn.thidua.onboarding.domain.Rows;
import vn.thidua.onboarding.domain.Rows.AccountRow;
import vn.thidua.onboarding.domain.Rows.AuthorityRow;
import vn.thidua.onboarding.domain.Rows.BlocRow;
import vn.thidua.onboarding.domain.Rows.CouncilRow;
import vn.thidua.onboarding.domain.Rows.UnitRow;
import vn.thidua.platform.security.Role;

/**
 * The sheets' lines as rows: texts as written, kinds and roles by their code or label, a year as a
 * number. A cell that cannot be read, or a required one left blank, is a {@link Problem} of its row,
 * reported with every other; the row is still read.
 */
final class WorkbookRows {

    private final Choices choices;
    private final List<Problem> problems = new ArrayList<>();

    private WorkbookRows(Choices choices) {
        this.choices = choices;
    }

    static ProvinceWorkbook of(Map<ProvinceSheet, List<SheetLine>> lines, Choices choices) {
        return new WorkbookRows(choices).parse(lines);
    }

    private ProvinceWorkbook parse(Map<ProvinceSheet, List<SheetLine>> lines) {
        AuthorityRow authority = authority(lines.get(ProvinceSheet.AUTHORITY));
        List<UnitRow> units =
                lines.get(ProvinceSheet.UNITS).stream().map(this::unit).toList();
        List<CouncilRow> council = lines.get(ProvinceSheet.COUNCIL).stream()
                .map(this::councilMember)
                .toList();
        List<BlocRow> blocs =
                lines.get(ProvinceSheet.BLOCS).stream().map(this::bloc).toList();
        List<AccountRow> accounts =
                lines.get(ProvinceSheet.ACCOUNTS).stream().map(this::account).toList();
        return new ProvinceWorkbook(authority, units, council, blocs, accounts, problems);
    }

    /** One authority per workbook: a second line is a problem of its own. */
    private AuthorityRow authority(List<SheetLine> lines) {
        AuthorityRow authority = new AuthorityRow(2, "", "", null);
        for (int i = 0; i < lines.size(); i++) {
            SheetLine line = lines.get(i);
            if (i > 0) {
                problems.add(Problem.at(ProvinceSheet.AUTHORITY, line.row(), null, "onboarding.authority.oneRow"));
                continue;
            }
            authority = new AuthorityRow(
                    line.row(),
                    line.cell(Column.AUTHORITY_CODE),
                    line.cell(Column.AUTHORITY_NAME),
                    choices.authorityKinds().parse(line, problems));
        }
        return authority;
    }

    private UnitRow unit(SheetLine line) {
        required(line, Column.UNIT_NAME, "unit.name.required");
        return new UnitRow(
                line.row(),
                line.cell(Column.UNIT_NAME),
                line.cell(Column.UNIT_SHORT_NAME),
                choices.unitKinds().parse(line, problems),
                line.cell(Column.UNIT_EMAIL),
                line.cell(Column.UNIT_PHONE));
    }

    private CouncilRow councilMember(SheetLine line) {
        required(line, Column.COUNCIL_NAME, "councilMember.fullName.required");
        return new CouncilRow(line.row(), line.cell(Column.COUNCIL_NAME), line.cell(Column.COUNCIL_POSITION));
    }

    private BlocRow bloc(SheetLine line) {
        required(line, Column.BLOC_NAME, "bloc.name.required");
        required(line, Column.BLOC_KIND, "bloc.kind.required");
        return new BlocRow(
                line.row(),
                line.cell(Column.BLOC_NAME),
                choices.blocKinds().parse(line, problems),
                year(line),
                Rows.names(line.cell(Column.BLOC_MEMBERS)),
                line.cell(Column.BLOC_LEADER),
                line.cell(Column.BLOC_DEPUTY),
                line.cell(Column.BLOC_COUNCIL_MEMBER));
    }

    private AccountRow account(SheetLine line) {
        required(line, Column.ACCOUNT_USERNAME, "account.username.required");
        required(line, Column.ACCOUNT_ROLE, "account.role.required");
        Role role = choices.roles().parse(line, problems);
        return new AccountRow(
                line.row(),
                line.cell(Column.ACCOUNT_USERNAME),
                line.cell(Column.ACCOUNT_FULL_NAME),
                line.cell(Column.ACCOUNT_EMAIL),
                role == null ? null : role.name(),
                line.cell(Column.ACCOUNT_SCOPE));
    }

    private void required(SheetLine line, Column column, String code) {
        if (line.cell(column).isEmpty()) {
            problems.add(Problem.at(line.row(), column, code));
        }
    }

    private Integer year(SheetLine line) {
        String text = line.cell(Column.BLOC_YEAR);
        if (text.isEmpty()) {
            problems.add(Problem.at(line.row(), Column.BLOC_YEAR, "blocYear.year.required"));
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(Problem.at(line.row(), Column.BLOC_YEAR, "onboarding.year.notNumber", text));
            return null;
        }
    }
}
