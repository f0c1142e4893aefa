package vn.thidua.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.onboarding.domain.Rows.AccountRow;
import vn.thidua.onboarding.domain.Rows.AuthorityRow;
import vn.thidua.onboarding.domain.Rows.BlocRow;
import vn.thidua.onboarding.domain.Rows.CouncilRow;
import vn.thidua.onboarding.domain.Rows.UnitRow;
import vn.thidua.org.UnitKind;
import vn.thidua.org.domain.BlocKind;

class WorkbookRulesTest {

    private static final AuthorityRow AUTHORITY = new AuthorityRow(2, "lang-son", "Tỉnh Lạng Sơn", null);

    private static ProvinceWorkbook workbook(
            List<UnitRow> units, List<CouncilRow> council, List<BlocRow> blocs, List<AccountRow> accounts) {
        return new ProvinceWorkbook(AUTHORITY, units, council, blocs, accounts, List.of());
    }

    private static UnitRow unit(int row, String name) {
        return new UnitRow(row, name, "", UnitKind.SO, "", "");
    }

    private static BlocRow bloc(int row, String name, BlocKind kind, int year, String... members) {
        return new BlocRow(row, name, kind, year, List.of(members), "", "", "");
    }

    private static AccountRow account(int row, String username, String email, String role, String scope) {
        return new AccountRow(row, username, "Người " + row, email, role, scope);
    }

    @Test
    void aNameGivenTwiceIsRefusedOnItsSecondRowNamingTheFirst() {
        List<Problem> problems = WorkbookRules.check(workbook(
                List.of(unit(2, "Sở Tư pháp"), unit(3, "Sở Tài chính"), unit(4, "  so tu  PHAP ")),
                List.of(new CouncilRow(2, "Nguyễn Văn An", ""), new CouncilRow(3, "nguyễn văn an", "")),
                List.of(),
                List.of()));

        assertThat(problems)
                .containsExactly(
                        Problem.at(4, Column.UNIT_NAME, "onboarding.unit.twice", 2),
                        Problem.at(3, Column.COUNCIL_NAME, "onboarding.council.twice", 2));
    }

    @Test
    void aBlocHasOneKindAndEachYearOnce() {
        List<Problem> problems = WorkbookRules.check(workbook(
                List.of(),
                List.of(),
                List.of(
                        bloc(2, "Cụm Một", BlocKind.CUM, 2025, "Sở A"),
                        bloc(3, "Cụm Một", BlocKind.CUM, 2026, "Sở A"),
                        bloc(4, "cum mot", BlocKind.CUM, 2026, "Sở A"),
                        bloc(5, "Cụm Một", BlocKind.KHOI, 2027, "Sở A")),
                List.of()));

        assertThat(problems)
                .containsExactly(
                        Problem.at(4, Column.BLOC_YEAR, "onboarding.bloc.yearTwice", 3),
                        Problem.at(5, Column.BLOC_KIND, "onboarding.bloc.kindDiffers", 2));
    }

    @Test
    void aMemberNamedTwiceInOneBlocIsRefused() {
        List<Problem> problems = WorkbookRules.check(workbook(
                List.of(),
                List.of(),
                List.of(bloc(2, "Cụm Một", BlocKind.CUM, 2026, "Sở A", "Sở B", "sở a")),
                List.of()));

        assertThat(problems).containsExactly(Problem.at(2, Column.BLOC_MEMBERS, "onboarding.bloc.memberTwice", "sở a"));
    }

    @Test
    void twoAccountsCannotShareAUsernameAnEmailOrACouncilMember() {
        List<Problem> problems = WorkbookRules.check(workbook(
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        account(2, "an.nguyen", "an@x.vn", "UNIT_OFFICER", "Sở A"),
                        account(3, "AN.NGUYEN", "", "UNIT_OFFICER", "Sở B"),
                        account(4, "binh", "An@X.vn", "UNIT_OFFICER", "Sở A"),
                        account(5, "hd1", "", "COUNCIL_MEMBER", "Trần Văn C"),
                        account(6, "hd2", "", "COUNCIL_MEMBER", "tran van c"),
                        account(7, "officer", "", "UNIT_OFFICER", "Trần Văn C"))));

        assertThat(problems)
                .containsExactly(
                        Problem.at(3, Column.ACCOUNT_USERNAME, "onboarding.account.twice", 2),
                        Problem.at(4, Column.ACCOUNT_EMAIL, "onboarding.account.emailTwice", 2),
                        Problem.at(6, Column.ACCOUNT_SCOPE, "onboarding.account.councilMemberTwice", 5));
    }

    @Test
    void namesMatchWithoutCaseDiacriticsOrRepeatedSpaces() {
        assertThat(NameKey.of(" Sở  Tư pháp "))
                .isEqualTo(NameKey.of("so tu PHAP"))
                .isEqualTo("so tu phap");
        assertThat(NameKey.of("Đoàn Thanh niên")).isEqualTo("doan thanh nien");
        assertThat(NameKey.of("Sở Tư pháp")).isNotEqualTo(NameKey.of("Sở Tài chính"));
    }

    @Test
    void theSheetsColumnsAreInTheOrderOfTheirHeadings() {
        assertThat(ProvinceSheet.UNITS.columns()).startsWith(Column.UNIT_NAME);
        assertThat(Column.BLOC_MEMBERS.index()).isEqualTo(3);
        assertThat(ProvinceSheet.ACCOUNTS.columns())
                .extracting(Column::heading)
                .containsExactly("Tên đăng nhập", "Họ và tên", "Thư điện tử", "Vai trò", "Phạm vi");
    }
}
