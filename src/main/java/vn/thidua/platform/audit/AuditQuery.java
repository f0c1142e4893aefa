package vn.thidua.platform.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which rows: from and to (days, Vietnam time; to included), an actor's username, an action. */
public record AuditQuery(LocalDate from, LocalDate to, String actor, AuditAction action) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    Map<String, Object> params(Long authorityId) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(
                "from",
                from == null ? null : Timestamp.from(from.atStartOfDay(VIETNAM).toInstant()));
        params.put(
                "to",
                to == null
                        ? null
                        : Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant()));
        params.put("actor", actor == null ? "" : actor.trim());
        params.put("action", action == null ? "" : action.name());
        params.put("authority", authorityId);
        return params;
    }
}
