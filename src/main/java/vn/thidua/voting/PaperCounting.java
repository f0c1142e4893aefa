package vn.thidua.voting;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.domain.VoteStatus;
import vn.thidua.voting.internal.TallyStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * A vote held on paper: the secretary enters the counting committee's count, which is not the
 * result until a second person confirms it; the vote closes with the confirmation. A vote is
 * counted one way only, so an on-line ballot takes no paper count.
 */
@Service
public class PaperCounting {

    private final VoteAccess access;
    private final VoteStore store;
    private final TallyStore tallies;
    private final Checks checks;
    private final Clock clock;

    PaperCounting(VoteAccess access, VoteStore store, TallyStore tallies, Checks checks, Clock clock) {
        this.access = access;
        this.store = store;
        this.tallies = tallies;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public void enter(CurrentUser user, long voteId, PaperCount count) {
        VoteStore.VoteRow vote = access.manage(user, voteId, count.version()).vote();
        if (vote.method() != VoteMethod.PAPER_BALLOT) {
            throw checks.refusal(
                    "counts",
                    vote.method() == VoteMethod.SECRET_BALLOT ? "vote.paper.electronic" : "vote.paper.notOpenBallot");
        }
        access.require(() -> vote.status().requireOpen());
        Checks.Collector check = checks.none();
        int present = vote.present() == null ? 0 : vote.present();
        if (count.cast() == null || count.cast() < 0 || count.cast() > present) {
            check.rejectWorded(
                    "cast",
                    "vote.paper.cast.range",
                    ElectorWording.of(vote.electorateKind(), "vote.paper.cast.range"),
                    present);
        }
        int cast = count.cast() == null ? 0 : count.cast();
        if (count.blank() == null || count.blank() < 0 || count.blank() > cast) {
            check.reject("blank", "vote.paper.blank.range");
        }
        for (VoteView.Option option : store.options(voteId)) {
            Integer n = count.counts() == null ? null : count.counts().get(option.id());
            if (n == null || n < 0 || n > cast) {
                check.reject("counts", "vote.count.range", option.label(), cast);
            }
        }
        if (count.committee() == null || count.committee().isBlank()) {
            check.reject("committee", "vote.paper.committee.required");
        } else if (count.committee().length() > 1000) {
            check.reject("committee", "vote.paper.committee.tooLong");
        }
        check.throwIfInvalid();
        tallies.enterPaper(
                voteId,
                count.counts(),
                cast,
                count.blank(),
                count.committee().strip(),
                user.username(),
                clock.instant());
        // the count confirmed must be the one its confirmer read
        store.touch(voteId);
    }

    /** A second person confirms the paper count: the vote closes with it, its result known. */
    @Transactional
    public void confirm(CurrentUser user, long voteId, ConfirmPaperCount request) {
        VoteStore.VoteRow vote = access.manage(user, voteId, request.version()).vote();
        TallyStore.PendingPaper paper = tallies.paper(voteId).orElseThrow(() -> checks.conflict("vote.paper.none"));
        if (paper.enteredBy().equals(user.username())) {
            throw checks.forbidden("vote.paper.samePerson");
        }
        VoteStatus next = access.step(() -> vote.status().close(false));
        tallies.setCounts(voteId, paper.counts(), paper.cast(), paper.blank());
        store.close(voteId, vote.status(), next, clock.instant());
    }
}
