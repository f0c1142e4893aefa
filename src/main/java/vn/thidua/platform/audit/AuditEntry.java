package vn.thidua.platform.audit;

import java.time.Instant;

/** One row of the audit log as stored, with its place in the chain. */
public record AuditEntry(
        long id,
        Instant at,
        String action,
        Long actorId,
        String actorName,
        Long authorityId,
        String subject,
        String detail,
        String address,
        String prevHash,
        String hash) {}
