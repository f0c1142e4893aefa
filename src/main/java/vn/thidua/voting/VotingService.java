package vn.thidua.voting;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.internal.VoteStore;

/**
 * The votes of a bloc's conference and of the council, as other features and the pages read them;
 * the steps of a vote are use cases of their own ({@link VoteCreation}, {@link VoteOpening},
 * {@link BallotCasting}, {@link VoteClosing}, {@link PaperCounting}, {@link CountingCommittee},
 * {@link WrittenOpinions}). A secret ballot is counted exactly once and never stored as a row: see
 * docs/voting-secrecy.md.
 */
@Service
public class VotingService {

    /** The most options one ballot holds, and the longest an option's label may be. */
    public static final int MAX_OPTIONS = 50;

    public static final int MAX_LABEL = 300;

    private final VoteAccess access;
    private final VoteStore store;
    private final BlocService blocs;
    private final VoteViews views;
    private final VoteCreation creation;

    VotingService(VoteAccess access, VoteStore store, BlocService blocs, VoteViews views, VoteCreation creation) {
        this.access = access;
        this.store = store;
        this.blocs = blocs;
        this.views = views;
        this.creation = creation;
    }

    /** A new draft vote, for the features that put a question to a vote (the council's vote on a proposal). */
    public VoteView create(CurrentUser user, long yearId, VoteCommand command) {
        return creation.create(user, yearId, command);
    }

    @Transactional(readOnly = true)
    public VoteView get(CurrentUser user, long voteId) {
        VoteStore.VoteRow vote = access.find(voteId);
        access.standing(user, vote);
        return views.of(user, vote);
    }

    /**
     * The user's scope in the vote's bloc year; empty for an elector with no other standing there (a council member).
     */
    @Transactional(readOnly = true)
    public Optional<BlocYearScope> standing(CurrentUser user, long voteId) {
        return access.standing(user, access.find(voteId));
    }

    /**
     * Whether the user runs the vote (the leading unit or the board for the conference's votes, the board for
     * the council's) or sits on its counting committee: who may apply the signatures of its counting record.
     */
    @Transactional(readOnly = true)
    public boolean managesOrCounts(CurrentUser user, long voteId) {
        return access.managesOrCounts(user, access.find(voteId));
    }

    /** Who may vote, by elector and name (the opening's attendance list). */
    @Transactional(readOnly = true)
    public List<VoteStore.ElectorRow> electors(CurrentUser user, long voteId) {
        access.standing(user, access.find(voteId));
        return store.electors(voteId);
    }

    /** The open votes in which this user may still cast a ballot. */
    @Transactional(readOnly = true)
    public List<VoteView> openFor(CurrentUser user) {
        return VoteAccess.electorOf(user)
                .map(elector -> store.openFor(elector).stream()
                        .map(v -> views.of(user, v))
                        .filter(VoteView::mayVote)
                        .toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<VoteView> ofYear(CurrentUser user, long yearId) {
        blocs.scope(user, yearId);
        return store.ofYear(yearId).stream().map(v -> views.of(user, v)).toList();
    }
}
