package vn.thidua.platform.audit;

import vn.thidua.platform.security.CurrentUser;

/**
 * One thing to record: what, by whom, within which authority (so that a board reads its own), on
 * what subject ("tài khoản 42", "tham số VOTE_QUORUM"), and the details in words.
 */
public record AuditEvent(
        AuditAction action, Long actorId, String actorName, Long authorityId, String subject, String detail) {

    public AuditEvent {
        if (action == null || actorName == null || subject == null) {
            throw new IllegalArgumentException("an audit event names its action, actor and subject");
        }
        detail = detail == null ? "" : detail;
    }

    public static AuditEvent by(CurrentUser user, AuditAction action, Long authorityId, String subject, String detail) {
        return new AuditEvent(action, user.id(), user.username(), authorityId, subject, detail);
    }
}
