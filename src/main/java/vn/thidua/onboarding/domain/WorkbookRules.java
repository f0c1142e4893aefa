package vn.thidua.onboarding.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import vn.thidua.onboarding.domain.Rows.AccountRow;
import vn.thidua.onboarding.domain.Rows.BlocRow;

/**
 * What only the workbook as a whole can tell, before anything is compared with the registry: a
 * natural key given twice (the second row would silently overwrite the first), a bloc given two
 * kinds, a unit named twice among one bloc's members, two new accounts with one e-mail or one
 * council member. Everything else is checked by the registry's and the accounts' own services.
 */
public final class WorkbookRules {

    private WorkbookRules() {}

    public static List<Problem> check(ProvinceWorkbook workbook) {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(twice(
                workbook.units(),
                u -> NameKey.of(u.name()),
                Rows.UnitRow::row,
                Column.UNIT_NAME,
                "onboarding.unit.twice"));
        problems.addAll(twice(
                workbook.council(),
                c -> NameKey.of(c.fullName()),
                Rows.CouncilRow::row,
                Column.COUNCIL_NAME,
                "onboarding.council.twice"));
        problems.addAll(twice(
                workbook.blocs(),
                b -> b.year() == null ? "" : NameKey.of(b.name()) + "|" + b.year(),
                BlocRow::row,
                Column.BLOC_YEAR,
                "onboarding.bloc.yearTwice"));
        problems.addAll(blocKinds(workbook.blocs()));
        problems.addAll(membersTwice(workbook.blocs()));
        problems.addAll(twice(
                workbook.accounts(),
                a -> lower(a.username()),
                AccountRow::row,
                Column.ACCOUNT_USERNAME,
                "onboarding.account.twice"));
        problems.addAll(twice(
                workbook.accounts(),
                a -> lower(a.email()),
                AccountRow::row,
                Column.ACCOUNT_EMAIL,
                "onboarding.account.emailTwice"));
        problems.addAll(twice(
                workbook.accounts(),
                a -> "COUNCIL_MEMBER".equals(a.role()) ? NameKey.of(a.scope()) : "",
                AccountRow::row,
                Column.ACCOUNT_SCOPE,
                "onboarding.account.councilMemberTwice"));
        return problems;
    }

    /** Each row whose key (when not empty) an earlier row already gave, naming that row. */
    static <T> List<Problem> twice(
            List<T> rows, Function<T, String> key, ToIntFunction<T> rowOf, Column column, String code) {
        Map<String, Integer> first = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (T row : rows) {
            String k = key.apply(row);
            if (k == null || k.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(k, rowOf.applyAsInt(row));
            if (earlier != null) {
                problems.add(Problem.at(rowOf.applyAsInt(row), column, code, earlier));
            }
        }
        return problems;
    }

    private static List<Problem> blocKinds(List<BlocRow> rows) {
        Map<String, BlocRow> first = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (BlocRow row : rows) {
            if (row.kind() == null || NameKey.of(row.name()).isEmpty()) {
                continue;
            }
            BlocRow earlier = first.putIfAbsent(NameKey.of(row.name()), row);
            if (earlier != null && earlier.kind() != row.kind()) {
                problems.add(Problem.at(row.row(), Column.BLOC_KIND, "onboarding.bloc.kindDiffers", earlier.row()));
            }
        }
        return problems;
    }

    private static List<Problem> membersTwice(List<BlocRow> rows) {
        List<Problem> problems = new ArrayList<>();
        for (BlocRow row : rows) {
            Set<String> seen = new LinkedHashSet<>();
            for (String member : row.members()) {
                if (!seen.add(NameKey.of(member))) {
                    problems.add(Problem.at(row.row(), Column.BLOC_MEMBERS, "onboarding.bloc.memberTwice", member));
                }
            }
        }
        return problems;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
