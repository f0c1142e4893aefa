package vn.thidua.reminders.domain;

/** A notice given a few days before a step's day (or on the days around a step that opens work), or once it is late. */
public enum NoticeKind {
    SOON,
    LATE
}
