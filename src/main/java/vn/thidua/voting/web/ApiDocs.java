package vn.thidua.voting.web;

/** The refusals the votes' API documents on its steps, with the codes a calling system acts on. */
final class ApiDocs {

    static final String VERSION_REQUIRED =
            "Thiếu version của cuộc biểu quyết đã đọc (code: problem.versionRequired) hoặc dữ liệu không hợp lệ";

    static final String STALE_OR_STATE =
            "Phiên bản đã cũ, cuộc biểu quyết vừa bị thay đổi (code: problem.conflict), hoặc"
                    + " trạng thái không cho phép bước này (code: vote.alreadyOpened, vote.notOpen, vote.closed, ...)";

    /** The steps whose version is checked when sent (docs/architecture.md, "Optimistic locking"). */
    static final String VERSION_OPTIONAL =
            "version (không bắt buộc): của cuộc biểu quyết đã đọc; nếu gửi mà đã cũ: 409";

    static final String STALE = "phiên bản đã cũ (code: problem.conflict)";

    private ApiDocs() {}
}
