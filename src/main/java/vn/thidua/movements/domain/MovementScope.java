package vn.thidua.movements.domain;

/** Where it is organised (phạm vi tổ chức thi đua): Luật Thi đua, khen thưởng 2022, Điều 16 khoản 2 điểm a–d. */
public enum MovementScope {
    /** Toàn quốc. */
    NATIONAL,
    /** Bộ, ban, ngành, đoàn thể, địa phương. */
    AUTHORITY,
    /** Cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng các cấp tổ chức. */
    BLOC,
    /** Cơ quan, tổ chức, đơn vị. */
    UNIT
}
