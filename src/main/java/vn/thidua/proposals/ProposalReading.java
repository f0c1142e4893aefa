package vn.thidua.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.DocumentService;
import vn.thidua.org.BlocService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.rules.EligibilityService;
import vn.thidua.rules.SubjectService;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Question;

/**
 * Reading proposals: one with the eligibility engine's answer for every candidate its reader may
 * see, the lists each role deals with, and the dossier's evidence files.
 */
@Service
public class ProposalReading {

    /** The steps from the council's vote on: what a council member's list holds. */
    private static final List<ProposalStatus> BEFORE_THE_COUNCIL = List.of(
            ProposalStatus.COUNCIL, ProposalStatus.AWAITING_DECISION, ProposalStatus.DECIDED, ProposalStatus.ENDED);

    private final ProposalStore store;
    private final ProposalAccess access;
    private final ProposalNames names;
    private final BlocService blocs;
    private final EligibilityService eligibility;
    private final SubjectService subjects;
    private final Checks checks;
    private final Clock clock;

    ProposalReading(
            ProposalStore store,
            ProposalAccess access,
            ProposalNames names,
            BlocService blocs,
            EligibilityService eligibility,
            SubjectService subjects,
            Checks checks,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.names = names;
        this.blocs = blocs;
        this.eligibility = eligibility;
        this.subjects = subjects;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProposalView get(CurrentUser user, long id) {
        ProposalView p = names.ofTheTime(store.find(id).orElseThrow(() -> checks.notFound("proposal.notFound", id)));
        access.requireRead(user, p);
        ProposalView seen = withEligibility(
                access.isBoard(user, p) ? p : p.withoutContacts(), c -> access.mayReadFindings(user, p, c));
        if (access.readsOnlyOwnCandidates(user, p)) {
            // another candidate's report, job title and evidence are its own unit's, not a co-candidate's
            seen = seen.with(
                    seen.candidates().stream()
                            .map(c -> user.isOfficerOf(c.unitId()) ? c : c.seenByAnotherCandidate())
                            .toList(),
                    seen.files().stream()
                            .filter(f -> access.canReadCandidate(user, p, f.candidateId()))
                            .toList());
        }
        return seen;
    }

    /** The steps taken on a proposal the user may read, with when (the calendar's dates), without the findings. */
    @Transactional(readOnly = true)
    public List<ProposalView.Event> history(CurrentUser user, long id) {
        ProposalView p = store.find(id).orElseThrow(() -> checks.notFound("proposal.notFound", id));
        access.requireRead(user, p);
        return p.events();
    }

    /**
     * An evidence file of the dossier, for whoever may read the proposal (a candidate's: its own unit, see {@code
     * canReadCandidate}).
     */
    @Transactional(readOnly = true)
    public DocumentService.File file(CurrentUser user, long id, long fileId) {
        ProposalView p = store.find(id).orElseThrow(() -> checks.notFound("proposal.notFound", id));
        access.requireRead(user, p);
        ProposalView.FileView f = p.files().stream()
                .filter(x -> x.id() == fileId)
                .findFirst()
                .orElseThrow(() -> checks.notFound("proposal.file.notFound"));
        access.requireReadCandidate(user, p, f.candidateId());
        return new DocumentService.File(store.fileContent(id, fileId).orElseThrow(), f.name(), f.contentType());
    }

    /** What the user is to the proposal, for the page to offer only the steps it may take. */
    public ProposalRoles roles(CurrentUser user, ProposalView p) {
        return new ProposalRoles(
                access.isProposer(user, p),
                access.isBoard(user, p),
                access.isDecider(user, p),
                access.isCouncilMember(user, p),
                access.readsWholeDossier(user, p),
                p.candidates().stream()
                        .filter(c -> user.isOfficerOf(c.unitId()))
                        .map(ProposalView.Candidate::id)
                        .toList());
    }

    /**
     * The engine's findings on each candidate whom {@code reveals} lets the reader see (a person's record is personal
     * data).
     */
    private ProposalView withEligibility(ProposalView p, Predicate<ProposalView.Candidate> reveals) {
        return p.with(
                p.candidates().stream()
                        .map(c -> c.withEligibility(reveals.test(c) ? answer(p, c) : null))
                        .toList(),
                p.files());
    }

    private Answer answer(ProposalView p, ProposalView.Candidate c) {
        if (c.status() == CandidateStatus.AWARDED) {
            return null;
        }
        return eligibility.answer(
                new Question(
                        p.periodTo(),
                        c.award(),
                        p.commendationType(),
                        subjects.historyOf(c.subjectId(), c.kind(), c.unitId(), c.fullName(), p.periodTo()),
                        consideredOn(p)),
                p.authorityId());
    }

    /**
     * The regime is the one in force when the proposal is considered: its decision's day, or else the day it
     * was made. A proposal entered long after its year (a record filled in later, or the demo data) is
     * answered as its year's review would have been, early the next year.
     */
    private LocalDate consideredOn(ProposalView p) {
        LocalDate made =
                p.decision() != null ? p.decision().signedOn() : LocalDate.ofInstant(p.createdAt(), clock.getZone());
        return made.getYear() > p.periodTo() + 1 ? Question.usualConsideration(p.periodTo()) : made;
    }

    /**
     * The proposals the user deals with: the board's and decider's of their authority, a unit's own and
     * its bloc's, a council member's those its council votes on or has voted on.
     */
    @Transactional(readOnly = true)
    public List<ProposalView> list(CurrentUser user) {
        return names.ofTheTime(listed(user));
    }

    /** A board's list holds the proposals of the authorities merged into its own too (to read, as their successor). */
    private List<ProposalView> listed(CurrentUser user) {
        if (user.isAdmin()) {
            return store.list(null, null, null, null);
        }
        if (user.role() == Role.BOARD) {
            return access.readableAuthorities(user).stream()
                    .flatMap(a -> store.list(a, null, null, null).stream())
                    .filter(p -> access.canRead(user, p))
                    .sorted(Comparator.comparing(ProposalView::createdAt)
                            .thenComparingLong(ProposalView::id)
                            .reversed())
                    .toList();
        }
        if (user.role() == Role.DECIDER) {
            return store.list(user.authorityId(), null, null, null).stream()
                    .filter(p -> access.canRead(user, p))
                    .toList();
        }
        if (user.role() == Role.UNIT_OFFICER) {
            return store.list(null, null, user.unitId(), null);
        }
        // a council member follows the proposals put to its council, and what became of them
        return access.councilAuthority(user)
                .map(authority -> store.list(authority, null, null, BEFORE_THE_COUNCIL).stream()
                        .filter(p -> access.canRead(user, p))
                        .toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<ProposalView> ofYear(CurrentUser user, long yearId) {
        blocs.scope(user, yearId);
        return list(user).stream().filter(p -> p.blocYearId() == yearId).toList();
    }

    /** The proposal under the names of the day of its documents (today for a pending one). */
    ProposalView named(ProposalView p) {
        return names.ofTheTime(p);
    }

    /** The proposal under the names of a given day (a decision's). */
    ProposalView named(ProposalView p, LocalDate on) {
        return names.on(p, on);
    }
}
