package vn.thidua.org.domain;

/**
 * Khối thi đua and cụm thi đua group units of one authority; a khu vực thi đua (sector region)
 * groups units of several provinces under a ministry. A unit sits in at most one bloc of each kind a year.
 */
public enum BlocKind {
    KHOI,
    CUM,
    KHU_VUC;

    public boolean spansProvinces() {
        return this == KHU_VUC;
    }
}
