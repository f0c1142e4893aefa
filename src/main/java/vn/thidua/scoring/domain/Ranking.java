package vn.thidua.scoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Orders the units by total, then by the template's tie-breaks, and classifies each. */
public final class Ranking {

    private Ranking() {}

    public static List<RankedUnit> rank(List<UnitTotal> totals, List<TieBreak> tieBreaks, List<CompletionBand> bands) {
        Comparator<UnitTotal> order = Comparator.comparing(UnitTotal::total).reversed();
        for (TieBreak tieBreak : tieBreaks) {
            order = order.thenComparing(tieBreak.order());
        }
        List<UnitTotal> sorted = new ArrayList<>(totals);
        sorted.sort(order.thenComparingLong(UnitTotal::unitId));
        List<RankedUnit> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            UnitTotal unit = sorted.get(i);
            boolean tiedWithPrevious = i > 0 && order.compare(sorted.get(i - 1), unit) == 0;
            boolean tiedWithNext = i + 1 < sorted.size() && order.compare(unit, sorted.get(i + 1)) == 0;
            int position = tiedWithPrevious ? ranked.get(i - 1).position() : i + 1;
            ranked.add(new RankedUnit(
                    position,
                    unit,
                    tiedWithPrevious || tiedWithNext,
                    RankedUnit.RankClass.of(position),
                    band(unit, bands)));
        }
        return ranked;
    }

    /** The highest level whose minimum the total reaches, or null when it reaches none. */
    static @Nullable String band(UnitTotal unit, List<CompletionBand> bands) {
        return bands.stream()
                .filter(b -> unit.total().compareTo(b.minTotal()) >= 0)
                .max(Comparator.comparing(CompletionBand::minTotal))
                .map(CompletionBand::label)
                .orElse(null);
    }
}
