package vn.thidua.proposals;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.proposals.domain.Actor;
import vn.thidua.proposals.domain.ProposerLevel;

/**
 * Who is what to a proposal: its proposer (the bloc's leading unit, the proposing unit, or the
 * board that proposes), the board of its authority, the authority's decider; and who may read it.
 */
@Component
class ProposalAccess {

    private final BlocService blocs;
    private final AuthorityService authorities;

    ProposalAccess(BlocService blocs, AuthorityService authorities) {
        this.blocs = blocs;
        this.authorities = authorities;
    }

    boolean isProposer(CurrentUser user, ProposalView p) {
        return switch (p.level()) {
            case BLOC -> blocs.scopeIfAny(user, p.blocYearId()).map(s -> s.leader()).orElse(false);
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

    boolean canRead(CurrentUser user, ProposalView p) {
        return isBoard(user, p) || isProposer(user, p) || isDecider(user, p)
                || p.candidates().stream().anyMatch(c -> user.isOfficerOf(c.unitId()))
                || user.role() == Role.COUNCIL_MEMBER && user.councilMemberId() != null
                        && authorities.councilMembers(p.authorityId()).stream().anyMatch(m -> m.id() == user.councilMemberId());
    }

    void require(CurrentUser user, ProposalView p, Actor actor) {
        boolean ok = switch (actor) {
            case PROPOSER -> isProposer(user, p);
            case BOARD -> isBoard(user, p);
            case DECIDER -> isDecider(user, p);
        };
        if (!ok) {
            throw new AccessDeniedException("not the " + actor + " of proposal " + p.id());
        }
    }

    void requireRead(CurrentUser user, ProposalView p) {
        if (!canRead(user, p)) {
            throw new AccessDeniedException("no access to proposal " + p.id());
        }
    }

    static boolean bloc(ProposalView p) {
        return p.level() == ProposerLevel.BLOC;
    }
}
