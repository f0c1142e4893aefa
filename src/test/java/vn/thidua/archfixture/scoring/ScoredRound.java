package vn.thidua.archfixture.scoring;

import vn.thidua.archfixture.org.ReachesUpIntoScoring;

/** Stands for scoring using the registry, as the map allows, closing the fixture's cycle. */
public class ScoredRound {

    public int total() {
        return 0;
    }

    public int members(ReachesUpIntoScoring registry) {
        return registry.members(this);
    }
}
