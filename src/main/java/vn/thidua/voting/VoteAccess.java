package vn.thidua.voting;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.domain.Elector;
import vn.thidua.voting.domain.VoteStatus;
import vn.thidua.voting.internal.BallotBoxStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * What every step of a vote starts with: the vote (404 with its code when there is none), who the
 * user is in it (manager, elector, trustee, or nobody: 403), the version the request read (stale:
 * 409), and the domain's refusal of a transition turned into a 409 with the refusal's code.
 */
@Component
record VoteAccess(VoteStore votes, BallotBoxStore box, BlocService blocs, Checks checks) {

    VoteStore.VoteRow find(long voteId) {
        return votes.find(voteId).orElseThrow(() -> checks.notFound("vote.notFound", voteId));
    }

    /** The vote locked for a step that changes it, so that two steps on one vote go one after the other. */
    VoteStore.VoteRow lock(long voteId) {
        return votes.findForUpdate(voteId).orElseThrow(() -> checks.notFound("vote.notFound", voteId));
    }

    /**
     * Holds the request to the version of the vote it read: a version given and no longer the vote's
     * is refused (409), so that nobody opens, closes or confirms a vote someone else changed
     * meanwhile.
     */
    void claim(VoteStore.VoteRow vote, Long version) {
        if (version != null && version != vote.version()) {
            throw new OptimisticLockingFailureException("vote " + vote.id() + " changed");
        }
    }

    /** A vote locked for a step of its chair, with the chair's standing in its bloc year. */
    record Managed(VoteStore.VoteRow vote, BlocYearScope scope) {}

    /**
     * The vote locked for a step only its chair may take, as the request read it: who may is
     * checked before the version, so that a stranger learns nothing of the vote's versions.
     */
    Managed manage(CurrentUser user, long voteId, Long version) {
        VoteStore.VoteRow vote = lock(voteId);
        BlocYearScope scope = manager(user, vote);
        claim(vote, version);
        return new Managed(vote, scope);
    }

    /**
     * Who runs a vote: the bloc's leading unit or the board for the conference's votes; the board
     * alone for the council's (a unit never runs the vote on its own proposal).
     */
    BlocYearScope manager(CurrentUser user, VoteStore.VoteRow vote) {
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        if (vote.electorateKind() == VoteElectorate.COUNCIL) {
            scope.requireBoard();
        } else {
            scope.requireLeaderOrBoard();
        }
        return scope;
    }

    /** Whether the user may enter written opinions and read their letters: a manager of the vote or a trustee. */
    boolean managesOrCounts(CurrentUser user, VoteStore.VoteRow vote) {
        boolean manager = blocs.scopeIfAny(user, vote.blocYearId())
                .map(s -> s.board() || s.leader() && vote.electorateKind() != VoteElectorate.COUNCIL)
                .orElse(false);
        return manager || isTrustee(vote.id(), user);
    }

    /** The user's scope in the vote's bloc year; empty for an elector or trustee with no other standing there. */
    Optional<BlocYearScope> standing(CurrentUser user, VoteStore.VoteRow vote) {
        Optional<BlocYearScope> scope = blocs.scopeIfAny(user, vote.blocYearId());
        if (scope.isPresent()) {
            return scope;
        }
        if (isElector(user, vote.id()) || isTrustee(vote.id(), user)) {
            return Optional.empty();
        }
        throw checks.forbidden("vote.noStanding");
    }

    /** The authority whose audit log records a step of the vote. */
    long authorityOf(VoteStore.VoteRow vote) {
        return blocs.authorityOfYear(vote.blocYearId());
    }

    /** The committee member the user is on this vote's counting committee (403 when it is none). */
    BallotBoxStore.TrusteeRow trustee(CurrentUser user, long voteId) {
        return box.trustees(voteId).stream()
                .filter(t -> t.username().equals(user.username()))
                .findFirst()
                .orElseThrow(() -> checks.forbidden("vote.notTrustee"));
    }

    boolean isTrustee(long voteId, CurrentUser user) {
        return box.trustees(voteId).stream().anyMatch(t -> t.username().equals(user.username()));
    }

    boolean isElector(CurrentUser user, long voteId) {
        return electorOf(user).filter(e -> votes.isElector(voteId, e)).isPresent();
    }

    /** The elector a user casts for: its unit, or itself as a council member; nobody else votes. */
    static Optional<Elector> electorOf(CurrentUser user) {
        if (user.role() == Role.UNIT_OFFICER && user.unitId() != null) {
            return Optional.of(new Elector.MemberUnit(user.unitId()));
        }
        if (user.role() == Role.COUNCIL_MEMBER && user.councilMemberId() != null) {
            return Optional.of(new Elector.CouncilMember(user.councilMemberId()));
        }
        return Optional.empty();
    }

    /**
     * The elector a written opinion or an attendance list names: a member unit, or in a council's vote a council
     * member.
     */
    static Optional<Elector> elector(VoteElectorate kind, Long unitId, Long councilMemberId) {
        return kind == VoteElectorate.COUNCIL
                ? Optional.ofNullable(councilMemberId).map(Elector.CouncilMember::new)
                : Optional.ofNullable(unitId).map(Elector.MemberUnit::new);
    }

    /** Runs a transition of the domain; its refusal is the vote's state not allowing the step (409). */
    <T> T step(Supplier<T> transition) {
        try {
            return transition.get();
        } catch (VoteStatus.Refused refused) {
            throw checks.conflict(refused.code());
        }
    }

    void require(Runnable guard) {
        step(() -> {
            guard.run();
            return null;
        });
    }
}
