package vn.thidua.voting;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.domain.VoteStatus;
import vn.thidua.voting.internal.TallyStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * Closes a vote: an encrypted ballot's totals are added up under encryption and wait for the
 * committee; a show of hands takes the counts the chair records; an acclamation is unanimous of
 * those present; a ballot of an earlier release is counted from its counters. A vote on paper
 * closes only by the confirmation of its count ({@link PaperCounting}).
 */
@Service
public class VoteClosing {

    private static final Logger log = LoggerFactory.getLogger(VoteClosing.class);

    private final VoteAccess access;
    private final VoteStore store;
    private final TallyStore tallies;
    private final BallotBox box;
    private final Checks checks;
    private final AuditLog audit;
    private final Clock clock;

    VoteClosing(
            VoteAccess access,
            VoteStore store,
            TallyStore tallies,
            BallotBox box,
            Checks checks,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.tallies = tallies;
        this.box = box;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void close(CurrentUser user, long voteId, CloseVote request) {
        VoteAccess.Managed managed = access.manage(user, voteId, request.version());
        VoteStore.VoteRow vote = managed.vote();
        if (vote.method() == VoteMethod.PAPER_BALLOT) {
            throw checks.refusal("status", "vote.paper.closesByConfirmation");
        }
        boolean awaitsCommittee = vote.encrypted() && store.participants(voteId) > 0;
        VoteStatus next = access.step(() -> vote.status().close(awaitsCommittee));
        List<VoteView.Option> options = store.options(voteId);
        if (vote.method() == VoteMethod.SHOW_OF_HANDS) {
            Map<Long, Integer> counts = request.counts();
            Checks.Collector check = checks.none();
            for (VoteView.Option option : options) {
                Integer n = counts == null ? null : counts.get(option.id());
                if (n == null || n < 0 || n > vote.present()) {
                    check.rejectWorded(
                            "counts",
                            "vote.count.range",
                            ElectorWording.of(vote.electorateKind(), "vote.count.range"),
                            option.label(),
                            vote.present());
                }
            }
            check.throwIfInvalid();
            tallies.setCounts(voteId, counts, vote.present());
        } else if (vote.method() == VoteMethod.ACCLAMATION) {
            tallies.setCounts(voteId, each(options, vote.present()), vote.present());
        } else if (vote.encrypted()) {
            box.sealTotals(voteId, options.size());
            box.forgetUnconfirmedChoices(voteId);
            if (!awaitsCommittee) {
                tallies.setCounts(voteId, each(options, 0), 0);
            }
        }
        store.close(voteId, vote.status(), next, clock.instant());
        tallies.rewrite(voteId);
        // who closed it and when; never who voted what
        audit.record(AuditEvent.by(
                user,
                AuditAction.VOTE_CLOSED,
                managed.scope().bloc().authorityId(),
                "biểu quyết " + voteId,
                vote.question()));
        if (!vote.encrypted() && vote.method() == VoteMethod.SECRET_BALLOT) {
            compactAfterCommit(voteId);
        }
    }

    private static Map<Long, Integer> each(List<VoteView.Option> options, int count) {
        Map<Long, Integer> counts = new HashMap<>();
        options.forEach(o -> counts.put(o.id(), count));
        return counts;
    }

    /** A ballot of an earlier release was counted in plain counters: rewritten without dead versions once closed. */
    private void compactAfterCommit(long voteId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                CompletableFuture.runAsync(() -> {
                    try {
                        tallies.compactCounters();
                    } catch (RuntimeException e) {
                        log.warn(
                                "Could not compact the vote counters after closing vote {}: {}",
                                voteId,
                                e.getMessage());
                    }
                });
            }
        });
    }
}
