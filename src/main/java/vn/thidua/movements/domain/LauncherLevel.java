package vn.thidua.movements.domain;

/**
 * Who launched it (cấp chủ trì phát động), the columns of form 0601.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV); who may
 * launch at each level: Luật Thi đua, khen thưởng 2022, Điều 18.
 */
public enum LauncherLevel {
    /** Cấp Trung ương (Hội đồng Thi đua – Khen thưởng Trung ương). */
    CENTRAL,
    /** Cấp bộ, ban, ngành, đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương. */
    AUTHORITY,
    /** Cơ quan, tổ chức, đơn vị. */
    UNIT
}
