package vn.thidua.archfixture.org;

import vn.thidua.archfixture.scoring.ScoredRound;

/**
 * Stands for the registry reaching up into scoring, which the map forbids it (and, scoring using the
 * registry, a cycle): ModuleBoundariesTest shows both rules bite on it.
 */
public class ReachesUpIntoScoring {

    public int members(ScoredRound round) {
        return round.total();
    }
}
