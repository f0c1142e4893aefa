package vn.thidua.voting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.domain.Elector;
import vn.thidua.voting.domain.VoteStatus;
import vn.thidua.voting.internal.VoteStore;

/**
 * The chair opens a draft vote with those present: by number, or by name, which is what lets
 * written opinions be taken for the absent only. An encrypted ballot opens only once every trustee
 * has registered a key.
 */
@Service
public class VoteOpening {

    private final VoteAccess access;
    private final VoteStore store;
    private final Checks checks;
    private final AuditLog audit;
    private final Clock clock;

    VoteOpening(VoteAccess access, VoteStore store, Checks checks, AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void open(CurrentUser user, long voteId, OpenVote request) {
        // locked, so that the committee cannot be named again while the vote opens without a key
        VoteAccess.Managed managed = access.manage(user, voteId, request.version());
        VoteStore.VoteRow vote = managed.vote();
        VoteStatus next = access.step(() -> vote.status().open());
        Checks.Collector check = checks.none();
        Integer present = request.present();
        Set<Elector> attending = null;
        if (request.named()) {
            List<Elector> named = named(vote, request);
            attending = new LinkedHashSet<>(named);
            if (attending.size() != named.size()
                    || !attending.stream().allMatch(e -> e != null && store.isElector(voteId, e))) {
                check.reject("present", "vote.present.notElector");
            }
            present = attending.size();
        }
        if (present == null || present < 0 || present > vote.electorate()) {
            check.rejectWorded(
                    "present",
                    "vote.present.range",
                    ElectorWording.of(vote.electorateKind(), "vote.present.range"),
                    vote.electorate());
        }
        if (vote.encrypted() && vote.publicKey() == null) {
            check.reject("committee", "vote.committee.keysMissing");
        }
        check.throwIfInvalid();
        if (!store.open(voteId, vote.status(), next, present, clock.instant(), request.version())) {
            throw new OptimisticLockingFailureException("vote " + voteId + " changed");
        }
        if (attending != null) {
            store.insertAttendance(voteId, attending);
        }
        audit.record(AuditEvent.by(
                user,
                AuditAction.VOTE_OPENED,
                managed.scope().bloc().authorityId(),
                "biểu quyết " + voteId,
                vote.question() + "; có mặt " + present + "/" + vote.electorate()));
    }

    /** Those named present, as electors of the vote's kind; a null id stays null and is refused. */
    private static List<Elector> named(VoteStore.VoteRow vote, OpenVote request) {
        List<Elector> named = new ArrayList<>();
        for (Long unit : request.presentUnitIds() == null ? List.<Long>of() : request.presentUnitIds()) {
            named.add(unit == null ? null : new Elector.MemberUnit(unit));
        }
        for (Long member :
                request.presentCouncilMemberIds() == null ? List.<Long>of() : request.presentCouncilMemberIds()) {
            named.add(member == null ? null : new Elector.CouncilMember(member));
        }
        return named;
    }
}
