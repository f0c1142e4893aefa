package vn.thidua.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.text.Numbers;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.AwardNames;
import vn.thidua.rules.domain.Quotas;
import vn.thidua.scoring.ResultsView;

/**
 * What a consolidated ranking points to, as seed 004 shows it: the first places up to the bloc's
 * flag quota for the authority's emulation flag, the next ones (BLOC_MERIT_QUOTA, two in Lạng Sơn)
 * for its certificate of merit. The
 * conference votes on it; the proposals feature will record what it decided.
 */
record Proposals(List<Candidate> candidates, List<String> tiedAtCut) {

    /** {@code unitName}: the unit as named on the document's day (a renamed or merged one by its successor's name). */
    record Candidate(ResultsView.Row row, String award, String unitName) {

        String achievement() {
            return "Tổng điểm " + Numbers.text(row.rank().total().total()) + ", xếp thứ "
                    + row.rank().position();
        }
    }

    /**
     * {@code flags} and {@code merits}: the bloc's flag allocation and the province's number of Bằng khen after them.
     */
    static Proposals of(
            ResultsView results, int flags, int merits, AuthorityView authority, Function<UnitRef, String> unitNames) {
        if (results == null || !results.consolidated()) {
            return new Proposals(List.of(), List.of());
        }
        Quotas.ConferenceCut cut = new Quotas.ConferenceCut(flags, merits);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(results.rows().size(), cut.size()); i++) {
            ResultsView.Row r = results.rows().get(i);
            String award = cut.awardAt(i).orElseThrow() == Award.CO_TINH ? flag(authority) : merit(authority);
            candidates.add(new Candidate(r, award, unitNames.apply(r.unit())));
        }
        return new Proposals(candidates, tiedAcross(results.rows(), cut.cuts()));
    }

    static Proposals of(SummaryReport.Facts f) {
        return of(f.results(), f.flagQuota(), f.meritQuota(), f.authority(), f.unitNames());
    }

    /**
     * Units sharing a place across a cut of the list (the flag quota, the two certificates): the conference decides.
     */
    private static List<String> tiedAcross(List<ResultsView.Row> rows, List<Integer> cuts) {
        LinkedHashSet<String> tied = new LinkedHashSet<>();
        for (int cut : cuts) {
            if (cut > 0
                    && cut < rows.size()
                    && rows.get(cut).rank().position()
                            == rows.get(cut - 1).rank().position()) {
                int position = rows.get(cut).rank().position();
                rows.stream()
                        .filter(r -> r.rank().position() == position)
                        .forEach(r -> tied.add(r.unit().name()));
            }
        }
        return List.copyOf(tied);
    }

    static String flag(AuthorityView authority) {
        return AwardNames.of(Award.CO_TINH, authority.kind() == AuthorityKind.PROVINCE);
    }

    static String merit(AuthorityView authority) {
        return AwardNames.of(Award.BK_TINH, authority.kind() == AuthorityKind.PROVINCE);
    }

    List<String> unitsFor(String award) {
        return candidates.stream()
                .filter(c -> c.award().equals(award))
                .map(Candidate::unitName)
                .toList();
    }

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Candidate c : candidates) {
            rows.add(List.of(String.valueOf(i++), c.unitName(), c.award(), c.achievement()));
        }
        return rows;
    }
}
