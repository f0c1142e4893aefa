package vn.thidua.proposals;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.proposals.internal.CommentStore;

/**
 * Commenters' phone numbers, e-mails and addresses are kept only as long as the board may need to
 * answer them: {@code thidua.public-comment.contact-retention-days} (30 by default) after the
 * decision, or after the proposal ended without one, they are erased each night; the name and the
 * comment stay with the dossier (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: data kept no longer than
 * its purpose needs).
 */
@Component
public class CommentContactErasure {

    private static final Logger log = LoggerFactory.getLogger(CommentContactErasure.class);

    private final CommentStore store;
    private final Clock clock;
    private final Duration retention;

    CommentContactErasure(
            CommentStore store,
            Clock clock,
            @Value("${thidua.public-comment.contact-retention-days:30}") int retentionDays) {
        if (retentionDays < 0) {
            throw new IllegalStateException("thidua.public-comment.contact-retention-days cannot be negative");
        }
        this.store = store;
        this.clock = clock;
        this.retention = Duration.ofDays(retentionDays);
    }

    @Scheduled(cron = "${thidua.public-comment.erase-cron:0 45 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int eraseDue() {
        int erased = store.eraseContacts(clock.instant().minus(retention), clock.instant());
        if (erased > 0) {
            log.info("Contacts of {} public comments erased ({} days after the decision)", erased, retention.toDays());
        }
        return erased;
    }
}
