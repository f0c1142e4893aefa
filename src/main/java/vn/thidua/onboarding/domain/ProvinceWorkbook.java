package vn.thidua.onboarding.domain;

import java.util.List;
import vn.thidua.onboarding.domain.Rows.AccountRow;
import vn.thidua.onboarding.domain.Rows.AuthorityRow;
import vn.thidua.onboarding.domain.Rows.BlocRow;
import vn.thidua.onboarding.domain.Rows.CouncilRow;
import vn.thidua.onboarding.domain.Rows.UnitRow;

/** A whole workbook as read, every row of every sheet, with the problems found in its cells. */
public record ProvinceWorkbook(
        AuthorityRow authority,
        List<UnitRow> units,
        List<CouncilRow> council,
        List<BlocRow> blocs,
        List<AccountRow> accounts,
        List<Problem> problems) {

    public ProvinceWorkbook {
        units = List.copyOf(units);
        council = List.copyOf(council);
        blocs = List.copyOf(blocs);
        accounts = List.copyOf(accounts);
        problems = List.copyOf(problems);
    }

    public int rowCount() {
        return 1 + units.size() + council.size() + blocs.size() + accounts.size();
    }
}
