package vn.thidua.archfixture.intruder;

import vn.thidua.org.internal.UnitStore;

/** Breaks the module boundary on purpose, so that ModuleBoundariesTest can show its rule bites. */
public class ReachesIntoOrgInternals {

    public Object search(UnitStore units) {
        return units.search("", null, 1);
    }
}
