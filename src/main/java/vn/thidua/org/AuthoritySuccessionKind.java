package vn.thidua.org;

/**
 * How a province's or ministry's history passes on: merged into another (sáp nhập, hợp nhất vào: its
 * records are the successor's history), or renamed (đổi tên: the same authority under a new name).
 */
public enum AuthoritySuccessionKind {
    MERGED_INTO,
    RENAMED
}
