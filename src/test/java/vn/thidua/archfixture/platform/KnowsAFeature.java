package vn.thidua.archfixture.platform;

import vn.thidua.archfixture.org.ReachesUpIntoScoring;

/** Stands for the platform knowing a feature, which its row ("nothing of the features") forbids. */
public class KnowsAFeature {

    public Object registry() {
        return new ReachesUpIntoScoring();
    }
}
