package vn.thidua.platform.audit;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the audit log for {@code thidua.audit.retention-days} (five years by default; never less
 * than 90 days, which an inspection asks for at least), and removes older rows each night.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditRetention {

    static final int MINIMUM_DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditLog audit;
    private final Clock clock;
    private final Duration retention;

    AuditRetention(AuditLog audit, Clock clock, @Value("${thidua.audit.retention-days:1825}") int retentionDays) {
        if (retentionDays < MINIMUM_DAYS) {
            throw new IllegalStateException(
                    "thidua.audit.retention-days must be at least " + MINIMUM_DAYS + " (was " + retentionDays + ")");
        }
        this.audit = audit;
        this.clock = clock;
        this.retention = Duration.ofDays(retentionDays);
    }

    @Scheduled(cron = "${thidua.audit.purge-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void purge() {
        int removed = audit.purgeBefore(clock.instant().minus(retention));
        if (removed > 0) {
            log.info("Audit log: {} rows older than {} days removed", removed, retention.toDays());
        }
    }
}
