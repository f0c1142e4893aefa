package vn.thidua.org;

/** The kind of a unit (đơn vị); labels in messages.properties as {@code unitKind.<NAME>}. */
public enum UnitKind {
    SO,
    BAN,
    VAN_PHONG,
    THANH_TRA,
    HOI,
    DOAN_THE,
    SU_NGHIEP,
    UBND_HUYEN,
    UBND_XA,
    DOANH_NGHIEP,
    KHAC
}
