package vn.thidua.proposals;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.OrgPermissions;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.domain.Actor;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.proposals.domain.Roles;
import vn.thidua.rules.domain.SubjectKind;

/**
 * Who is what to a proposal: its proposer (the bloc's leading unit, the proposing unit, or the
 * board that proposes), the board of its authority, the authority's decider; and who may read it.
 */
@Component
record ProposalAccess(BlocService blocs, AuthorityService authorities, OrgPermissions permissions, Checks checks) {

    /**
     * The board of the authority a proposal's authority was merged into: it reads the proposal, its
     * candidates and findings (the dossier is now its to follow) and takes no step on it.
     */
    boolean isSuccessorBoard(CurrentUser user, ProposalView p) {
        return permissions.readsAsSuccessor(user, p.authorityId());
    }

    /** The authorities whose proposals a board lists: its own and those merged into it. */
    List<Long> readableAuthorities(CurrentUser user) {
        return permissions.boardLineage(user);
    }

    boolean isProposer(CurrentUser user, ProposalView p) {
        return switch (p.level()) {
            case BLOC ->
                blocs.scopeIfAny(user, p.blocYearId()).map(s -> s.leader()).orElse(false);
            case UNIT -> p.proposerUnitId() != null && user.isOfficerOf(p.proposerUnitId());
            case BOARD -> user.isBoardOf(p.authorityId());
        };
    }

    boolean isBoard(CurrentUser user, ProposalView p) {
        return user.isAdmin() || user.isBoardOf(p.authorityId());
    }

    boolean isDecider(CurrentUser user, ProposalView p) {
        return user.isDeciderOf(p.authorityId());
    }

    boolean isCandidateOfficer(CurrentUser user, ProposalView p, long candidateId) {
        return p.candidates().stream().anyMatch(c -> c.id() == candidateId && user.isOfficerOf(c.unitId()));
    }

    /**
     * The proposer's working copy (a draft, or a proposal sent back) is the proposer's, the board's and
     * its candidates' units'; the decider and the council read a proposal once it has reached the board.
     */
    boolean canRead(CurrentUser user, ProposalView p) {
        boolean workingCopy = p.status() == ProposalStatus.DRAFT || p.status() == ProposalStatus.RETURNED;
        return isBoard(user, p)
                || isProposer(user, p)
                || !workingCopy && isDecider(user, p)
                || !workingCopy && isSuccessorBoard(user, p)
                || p.candidates().stream().anyMatch(c -> user.isOfficerOf(c.unitId()))
                || !workingCopy && isCouncilMember(user, p);
    }

    /** A member of the emulation council of the proposal's authority (which votes on it once công khai is over). */
    boolean isCouncilMember(CurrentUser user, ProposalView p) {
        return user.role() == Role.COUNCIL_MEMBER
                && user.councilMemberId() != null
                && authorities.councilMembers(p.authorityId()).stream().anyMatch(m -> m.id() == user.councilMemberId());
    }

    /**
     * Whoever reads the whole dossier, the bloc conference's minutes included: the board, the proposer,
     * and, once the proposal has reached the board, the council that votes on it and the decider who
     * signs it. The officer of one candidate's unit reads its own candidate's part only.
     */
    boolean readsWholeDossier(CurrentUser user, ProposalView p) {
        return canRead(user, p) && !readsOnlyOwnCandidates(user, p);
    }

    /** The authority whose council the user sits on, if it is a council member. */
    Optional<Long> councilAuthority(CurrentUser user) {
        return user.role() == Role.COUNCIL_MEMBER && user.councilMemberId() != null
                ? Optional.of(authorities.councilMember(user.councilMemberId()).authorityId())
                : Optional.empty();
    }

    /**
     * What belongs to one candidate (its achievement report, its evidence): for whoever reads the
     * proposal, except that the officer of one candidate's unit reads its own candidate's only;
     * {@code candidateId} null is the proposal's own file.
     */
    boolean canReadCandidate(CurrentUser user, ProposalView p, Long candidateId) {
        if (!canRead(user, p)) {
            return false;
        }
        if (candidateId == null
                || isBoard(user, p)
                || isProposer(user, p)
                || isDecider(user, p)
                || user.role() == Role.COUNCIL_MEMBER
                || isSuccessorBoard(user, p)) {
            return true;
        }
        return isCandidateOfficer(user, p, candidateId);
    }

    /** A reader who stands in the proposal only as the officer of a candidate's unit. */
    boolean readsOnlyOwnCandidates(CurrentUser user, ProposalView p) {
        return !isBoard(user, p)
                && !isProposer(user, p)
                && !isDecider(user, p)
                && user.role() != Role.COUNCIL_MEMBER
                && !isSuccessorBoard(user, p);
    }

    /**
     * The engine's findings on a candidate draw on its record (ratings, sanctions, past awards): the
     * board, the decider, the council and the candidate's own unit read them; the proposer reads them
     * for a collective (a unit's awards are public decisions) but not for a person of another unit.
     */
    boolean mayReadFindings(CurrentUser user, ProposalView p, ProposalView.Candidate c) {
        if (isBoard(user, p)
                || isDecider(user, p)
                || user.role() == Role.COUNCIL_MEMBER
                || user.isOfficerOf(c.unitId())
                || isSuccessorBoard(user, p)) {
            return true;
        }
        return isProposer(user, p) && c.kind() == SubjectKind.COLLECTIVE;
    }

    void requireReadCandidate(CurrentUser user, ProposalView p, Long candidateId) {
        if (!canReadCandidate(user, p, candidateId)) {
            throw checks.forbidden("proposal.candidate.forbidden");
        }
    }

    /** Every role the user holds on the proposal (a board proposing is its proposer and its board). */
    Roles roles(CurrentUser user, ProposalView p) {
        Set<Actor> held = EnumSet.noneOf(Actor.class);
        if (isProposer(user, p)) {
            held.add(Actor.PROPOSER);
        }
        if (isBoard(user, p)) {
            held.add(Actor.BOARD);
        }
        if (isDecider(user, p)) {
            held.add(Actor.DECIDER);
        }
        return new Roles(
                held,
                p.candidates().stream()
                        .filter(c -> user.isOfficerOf(c.unitId()))
                        .map(ProposalView.Candidate::id)
                        .collect(Collectors.toSet()));
    }

    void requireRead(CurrentUser user, ProposalView p) {
        if (!canRead(user, p)) {
            throw checks.forbidden("proposal.forbidden", p.id());
        }
    }

    static boolean bloc(ProposalView p) {
        return p.level() == ProposerLevel.BLOC;
    }
}
