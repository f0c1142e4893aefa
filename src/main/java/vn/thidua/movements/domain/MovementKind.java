package vn.thidua.movements.domain;

/**
 * How a movement is organised (hình thức tổ chức thi đua): Luật Thi đua, khen thưởng 2022 (06/2022/QH15), Điều 16
 * khoản 1: thi đua thường xuyên (yearly, on the tasks of the year) and thi đua theo chuyên đề (for a set period and
 * theme; "theo đợt" in the older wording). Nghị định 98/2023/NĐ-CP keeps the two and ties the emulation flag of a
 * themed movement to its review after a period (legal-rules.md 1.1).
 */
public enum MovementKind {
    THUONG_XUYEN,
    CHUYEN_DE
}
