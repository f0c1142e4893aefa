package vn.thidua.org;

/** Cơ quan có thẩm quyền: a province (tỉnh, thành phố) or a ministry / central sector (bộ, ngành). */
public enum AuthorityKind {
    PROVINCE,
    MINISTRY
}
