package vn.thidua.scoring.domain;

import java.util.Comparator;

/**
 * How two units with the same total are ordered, in the order the template lists them. Units still
 * equal after all of them share a position: the conference decides between them by a vote.
 */
public enum TieBreak {
    FEWER_PENALTY_POINTS(Comparator.comparing(UnitTotal::penalty)),
    MORE_CRITERIA_AT_MAX(Comparator.comparing(UnitTotal::criteriaAtMax).reversed()),
    MORE_BONUS_POINTS(Comparator.comparing(UnitTotal::bonus).reversed());

    private final Comparator<UnitTotal> order;

    TieBreak(Comparator<UnitTotal> order) {
        this.order = order;
    }

    public Comparator<UnitTotal> order() {
        return order;
    }
}
