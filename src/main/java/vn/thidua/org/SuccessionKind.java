package vn.thidua.org;

/** How a unit's history passes on: renamed (đổi tên), merged into (sáp nhập vào), split into (chia tách thành). */
public enum SuccessionKind {
    RENAMED,
    MERGED_INTO,
    SPLIT_INTO
}
