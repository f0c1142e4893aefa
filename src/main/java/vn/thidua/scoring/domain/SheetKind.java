package vn.thidua.scoring.domain;

/** A unit's own scores (tự chấm) or the scores its assigned inspector gives it (kiểm tra chéo). */
public enum SheetKind {
    SELF,
    INSPECTION
}
