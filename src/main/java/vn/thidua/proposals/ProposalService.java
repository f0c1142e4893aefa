package vn.thidua.proposals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.proposals.domain.Actor;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.proposals.domain.Step;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.rules.EligibilityService;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.SubjectService;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.AwardNames;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.Parameters;
import vn.thidua.rules.domain.Question;
import vn.thidua.rules.domain.Quotas;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.rules.domain.Verdict;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.ScoringService;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/**
 * The proposer's side of a proposal: drafting it (in one step from a closed conference, or by
 * hand), its candidates and their achievement reports, evidence files, and submission to the board;
 * and reading it, with the eligibility engine's answer for every candidate.
 */
@Service
public class ProposalService {

    static final int MAX_FILE_BYTES = vn.thidua.platform.files.FileKinds.MAX_DOCUMENT_BYTES;

    private final ProposalStore store;
    private final ProposalAccess access;
    private final Pipeline pipeline;
    private final BlocService blocs;
    private final vn.thidua.org.UnitService units;
    private final AuthorityService authorities;
    private final ConferenceService conferences;
    private final ScoringService scoring;
    private final ResultService results;
    private final VotingService voting;
    private final EligibilityService eligibility;
    private final SubjectService subjects;
    private final ParameterService parameters;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final ProposalNames names;

    ProposalService(
            ProposalStore store,
            ProposalAccess access,
            Pipeline pipeline,
            BlocService blocs,
            AuthorityService authorities,
            ConferenceService conferences,
            ScoringService scoring,
            ResultService results,
            VotingService voting,
            EligibilityService eligibility,
            SubjectService subjects,
            ParameterService parameters,
            Checks checks,
            Messages messages,
            Clock clock,
            vn.thidua.org.UnitService units,
            ProposalNames names) {
        this.names = names;
        this.units = units;
        this.store = store;
        this.access = access;
        this.pipeline = pipeline;
        this.blocs = blocs;
        this.authorities = authorities;
        this.conferences = conferences;
        this.scoring = scoring;
        this.results = results;
        this.voting = voting;
        this.eligibility = eligibility;
        this.subjects = subjects;
        this.parameters = parameters;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The bloc's proposal from its signed conference, in one step: the first places up to the flag
     * quota for the flag, the next ones up to the merit quota for the Bằng khen, with the results of
     * the conference's votes on them.
     */
    @Transactional
    public ProposalView fromConference(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        if (!scope.leader()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only the leading unit proposes for the bloc");
        }
        Checks.Collector check = checks.none();
        Optional<ConferenceView> conference = conferences.get(scope);
        if (conference.isEmpty() || !conference.get().signed()) {
            check.reject("conference", "proposal.conference.notSigned");
        }
        ResultsView ranking = scoring.round(user, yearId).isPresent() ? results.results(user, yearId) : null;
        if (ranking == null || !ranking.consolidated()) {
            check.reject("ranking", "proposal.ranking.missing");
        }
        if (!store.list(null, yearId, null, null).stream()
                .filter(p -> p.level() == ProposerLevel.BLOC)
                .toList()
                .isEmpty()) {
            check.reject("blocYearId", "proposal.exists");
        }
        check.throwIfInvalid();
        int year = scope.year().year();
        boolean province = authorities.get(scope.bloc().authorityId()).kind() == AuthorityKind.PROVINCE;
        Parameters rules = parameters.table().forYear(year, scope.bloc().authorityId());
        int flags = allowed(Quotas.check(Quotas.Kind.BLOC_FLAGS, scope.year().flagQuota(), 0, rules));
        int merits = allowed(Quotas.check(Quotas.Kind.BLOC_MERITS, null, 0, rules));
        List<VoteView> votes = voting.ofYear(user, yearId).stream()
                .filter(v -> v.counted() && v.subject() == VoteSubject.BLOC_PROPOSAL)
                .toList();
        long id = store.insert(new ProposalStore.NewProposal(
                scope.bloc().authorityId(),
                yearId,
                year,
                ProposerLevel.BLOC,
                scope.year().leader().id(),
                messages.get("proposal.title.bloc", year, scope.bloc().name()),
                CommendationType.THUONG_XUYEN,
                year,
                year,
                user.username(),
                clock.instant()));
        List<ResultsView.Row> rows = ranking.rows();
        for (int i = 0; i < Math.min(rows.size(), flags + merits); i++) {
            ResultsView.Row row = rows.get(i);
            Award award = i < flags ? Award.CO_TINH : Award.BK_TINH;
            long candidate = store.insertCandidate(
                    id,
                    new ProposalStore.NewCandidate(
                            SubjectKind.COLLECTIVE,
                            row.unit().id(),
                            row.unit().name(),
                            null,
                            award,
                            AwardNames.of(award, province),
                            voteResult(votes, row.unit())
                                    + messages.get(
                                            "proposal.rankText",
                                            vn.thidua.platform.text.Numbers.text(
                                                    row.rank().total().total()),
                                            row.rank().position()),
                            null,
                            null));
            if (rejectedByConference(votes, row.unit())) {
                // ranked but not voted through: on the record with the reason, not proposed
                store.setCandidateStatus(
                        candidate, CandidateStatus.REJECTED, messages.get("proposal.conference.rejected"));
            }
        }
        store.event(
                id, null, "CREATE_FROM_CONFERENCE", null, ProposalStatus.DRAFT, null, user.username(), clock.instant());
        return get(user, id);
    }

    /** Put to a conference vote and not passed by it. */
    private static boolean rejectedByConference(List<VoteView> votes, UnitRef unit) {
        return votes.stream()
                .filter(v -> v.tally() != null)
                .flatMap(v -> v.tally().lines().stream())
                .filter(l -> l.option().unitId() != null && l.option().unitId() == unit.id())
                .anyMatch(l -> l.outcome().result() != vn.thidua.voting.domain.Outcome.Result.PASSED);
    }

    /** "Bỏ phiếu kín: 6/7 phiếu, đạt. " for the unit's option in the conference's votes; empty when it was not voted. */
    private String voteResult(List<VoteView> votes, UnitRef unit) {
        StringBuilder text = new StringBuilder();
        for (VoteView vote : votes) {
            if (vote.tally() == null) {
                continue;
            }
            vote.tally().lines().stream()
                    .filter(l -> unit.id()
                                    == (l.option().unitId() == null
                                            ? -1
                                            : l.option().unitId())
                            || l.option().label().equals(unit.name()))
                    .findFirst()
                    .ifPresent(l -> text.append(messages.get(
                                    "proposal.voteText",
                                    vote.question(),
                                    messages.get("voteMethod." + vote.method()),
                                    l.ballots(),
                                    vote.electorate(),
                                    messages.get("voteResult." + l.outcome().result())))
                            .append(' '));
        }
        return text.toString();
    }

    @Transactional
    public ProposalView create(CurrentUser user, ProposalCommands.Create command) {
        Checks.Collector check = checks.none();
        BlocYearScope scope = command.blocYearId() == null ? null : blocs.scope(user, command.blocYearId());
        if (scope == null) {
            check.reject("blocYearId", "proposal.blocYear.required");
        }
        ProposerLevel level = parse(ProposerLevel.class, command.level());
        if (level == null) {
            check.reject("level", "proposal.level.required");
        }
        CommendationType type = parse(CommendationType.class, command.commendationType());
        if (type == null) {
            check.reject("commendationType", "proposal.type.required");
        }
        check.throwIfInvalid();
        Long unit = null;
        switch (level) {
            case BLOC -> {
                if (!scope.leader()) {
                    throw new org.springframework.security.access.AccessDeniedException(
                            "only the leading unit proposes for the bloc");
                }
                unit = scope.year().leader().id();
            }
            case UNIT -> {
                if (command.proposerUnitId() == null) {
                    check.reject("proposerUnitId", "proposal.unit.required").throwIfInvalid();
                }
                if (!user.isOfficerOf(command.proposerUnitId()) || !scope.isMember(command.proposerUnitId())) {
                    throw new org.springframework.security.access.AccessDeniedException("a unit proposes for itself");
                }
                unit = command.proposerUnitId();
            }
            case BOARD -> scope.requireBoard();
        }
        if (command.title() == null
                || command.title().isBlank()
                || command.title().length() > 500) {
            check.reject("title", "proposal.title.required");
        }
        int year = scope.year().year();
        int from = command.periodFrom() == null ? year : command.periodFrom();
        int to = command.periodTo() == null ? year : command.periodTo();
        if (from > to || to > year || from < year - 10) {
            check.reject("periodFrom", "proposal.period.range", year);
        }
        check.throwIfInvalid();
        long id = store.insert(new ProposalStore.NewProposal(
                scope.bloc().authorityId(),
                scope.year().id(),
                year,
                level,
                unit,
                command.title().strip(),
                type,
                from,
                to,
                user.username(),
                clock.instant()));
        store.event(id, null, "CREATE", null, ProposalStatus.DRAFT, null, user.username(), clock.instant());
        return get(user, id);
    }

    @Transactional
    public ProposalView addCandidate(CurrentUser user, long id, ProposalCommands.Candidate command) {
        ProposalView p = lockedForProposer(user, id, null);
        BlocYearScope scope = blocs.scope(user, p.blocYearId());
        Checks.Collector check = checks.none();
        SubjectKind kind = parse(SubjectKind.class, command.kind());
        Award award = parse(Award.class, command.award());
        if (kind == null) {
            check.reject("kind", "proposal.candidate.kind");
        }
        if (award == null || !AwardNames.decidedByAuthority(award)) {
            check.reject("award", "proposal.candidate.award");
        } else if (kind != null && !award.isFor(kind)) {
            check.reject("award", "proposal.candidate.awardKind", award.label());
        }
        UnitRef unit = command.unitId() == null
                ? null
                : scope.year().members().stream()
                        .filter(m -> m.id() == command.unitId())
                        .findFirst()
                        .orElse(null);
        if (unit == null || p.level() == ProposerLevel.UNIT && unit.id() != p.proposerUnitId()) {
            check.reject("unitId", "proposal.candidate.unit");
        }
        String name = kind == SubjectKind.COLLECTIVE && unit != null ? unit.name() : strip(command.fullName());
        if (name == null || name.length() > 300) {
            check.reject("fullName", "proposal.candidate.name");
        }
        if (command.jobTitle() != null && command.jobTitle().length() > 300) {
            check.reject("jobTitle", "proposal.candidate.jobTitle");
        }
        if (command.narrative() != null && command.narrative().length() > 20_000) {
            check.reject("narrative", "proposal.narrative.tooLong");
        }
        java.util.Optional<ProposalView.Candidate> same = unit == null || award == null || kind == null || name == null
                ? java.util.Optional.empty()
                : p.candidates().stream()
                        .filter(c -> c.unitId() == unit.id()
                                && c.kind() == kind
                                && c.fullName().equalsIgnoreCase(name)
                                && c.award() == award)
                        .findFirst();
        if (same.isPresent()) {
            check.reject(
                    "award",
                    same.get().status().standing() ? "proposal.candidate.twice" : "proposal.candidate.rejectedBefore",
                    name,
                    award.label(),
                    same.get().reason());
        }
        check.throwIfInvalid();
        boolean province = authorities.get(p.authorityId()).kind() == AuthorityKind.PROVINCE;
        long candidate = store.insertCandidate(
                id,
                new ProposalStore.NewCandidate(
                        kind,
                        unit.id(),
                        name,
                        strip(command.jobTitle()),
                        award,
                        AwardNames.of(award, province),
                        null,
                        strip(command.narrative()),
                        null));
        store.touch(id);
        store.event(id, candidate, "ADD_CANDIDATE", p.status(), p.status(), null, user.username(), clock.instant());
        return get(user, id);
    }

    @Transactional
    public ProposalView removeCandidate(CurrentUser user, long id, long candidateId) {
        ProposalView p = lockedForProposer(user, id, null);
        ProposalView.Candidate c = candidate(p, candidateId);
        if (!c.status().standing()) {
            // a candidate the board dropped stays on the record with its reason
            throw new InvalidInputException(List.of(
                    new Violation("candidateId", messages.get("proposal.candidate.keepRejected", c.fullName()))));
        }
        store.event(
                id, null, "REMOVE_CANDIDATE", p.status(), p.status(), c.fullName(), user.username(), clock.instant());
        store.deleteCandidate(id, candidateId);
        store.touch(id);
        return get(user, id);
    }

    /**
     * The narrative of a candidate's achievement report: written by the proposer or by the
     * candidate's own unit, while the proposal is with the proposer or the board returned that candidate.
     */
    @Transactional
    public ProposalView editNarrative(CurrentUser user, long id, long candidateId, ProposalCommands.Narrative command) {
        ProposalView p = locked(id, null);
        ProposalView.Candidate c = candidate(p, candidateId);
        if (!access.isProposer(user, p) && !access.isCandidateOfficer(user, p, candidateId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "not the proposer nor the candidate's unit");
        }
        Checks.Collector check = checks.none();
        if (!p.status().editableByProposer() && c.status() != CandidateStatus.RETURNED) {
            check.reject("narrative", "proposal.notEditable", messages.get("proposalStatus." + p.status()));
        }
        if (command.version() != null && command.version() != c.version()) {
            throw new OptimisticLockingFailureException("candidate " + candidateId + " changed");
        }
        if (command.narrative() == null || command.narrative().isBlank()) {
            check.reject("narrative", "proposal.narrative.required");
        } else if (command.narrative().length() > 20_000) {
            check.reject("narrative", "proposal.narrative.tooLong");
        }
        if (command.jobTitle() != null && command.jobTitle().length() > 300) {
            check.reject("jobTitle", "proposal.candidate.jobTitle");
        }
        check.throwIfInvalid();
        store.updateCandidate(
                candidateId,
                command.narrative().strip(),
                c.kind() == SubjectKind.INDIVIDUAL ? strip(command.jobTitle()) : c.jobTitle());
        store.event(id, candidateId, "EDIT_REPORT", p.status(), p.status(), null, user.username(), clock.instant());
        return get(user, id);
    }

    /** Evidence for the dossier (PDF, image, Word, Excel), of the whole proposal or of one candidate. */
    @Transactional
    public ProposalView upload(CurrentUser user, long id, Long candidateId, String typedFileName, byte[] content) {
        String fileName = vn.thidua.platform.files.FileKinds.safeName(typedFileName);
        ProposalView p = locked(id, null);
        boolean candidateReturned =
                candidateId != null && candidate(p, candidateId).status() == CandidateStatus.RETURNED;
        if (!access.isProposer(user, p) && !(candidateId != null && access.isCandidateOfficer(user, p, candidateId))) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "not the proposer nor the candidate's unit");
        }
        Checks.Collector check = checks.none();
        if (!p.status().editableByProposer() && !candidateReturned) {
            check.reject("file", "proposal.notEditable", messages.get("proposalStatus." + p.status()));
        }
        String type = vn.thidua.platform.files.FileKinds.contentType(fileName, content)
                .orElse(null);
        if (content == null || content.length == 0) {
            check.reject("file", "proposal.file.empty");
        } else if (content.length > MAX_FILE_BYTES) {
            check.reject("file", "proposal.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        } else if (type == null) {
            check.reject("file", "proposal.file.type", fileName == null ? "" : fileName);
        }
        if (fileName != null && fileName.length() > 255) {
            check.reject("file", "proposal.file.name");
        }
        check.throwIfInvalid();
        store.insertFile(id, candidateId, fileName, type, content, user.username(), clock.instant());
        store.touch(id);
        store.event(id, candidateId, "UPLOAD", p.status(), p.status(), fileName, user.username(), clock.instant());
        return get(user, id);
    }

    /** An evidence file of the dossier, for whoever may read the proposal (a candidate's: see {@code canReadCandidate}). */
    @Transactional(readOnly = true)
    public vn.thidua.documents.DocumentService.File file(CurrentUser user, long id, long fileId) {
        ProposalView p = store.find(id).orElseThrow(() -> new NotFoundException(messages.get("proposal.notFound", id)));
        access.requireRead(user, p);
        ProposalView.FileView f = p.files().stream()
                .filter(x -> x.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("proposal.file.notFound")));
        access.requireReadCandidate(user, p, f.candidateId());
        return new vn.thidua.documents.DocumentService.File(
                store.fileContent(id, fileId).orElseThrow(), f.name(), f.contentType());
    }

    /**
     * Sends the proposal to the board. The dossier must be complete; a candidate the engine finds not
     * eligible, or more candidates than the quota, needs the proposer's written justification.
     */
    @Transactional
    public ProposalView submit(CurrentUser user, long id, ProposalCommands.Submit command) {
        ProposalView p = get(user, locked(id, command.version()).id());
        pipeline.allow(user, p, Step.SUBMIT);
        Checks.Collector check = checks.none();
        List<ProposalView.Candidate> standing = p.standing();
        if (standing.isEmpty()) {
            check.reject("candidates", "proposal.submit.noCandidate");
        }
        for (ProposalView.Candidate c : standing) {
            if (c.narrative() == null || c.narrative().isBlank()) {
                check.reject("narrative", "proposal.submit.noReport", c.fullName());
            }
        }
        if (ProposalAccess.bloc(p)) {
            BlocYearScope scope = blocs.scope(user, p.blocYearId());
            if (conferences.get(scope).map(c -> !c.signed()).orElse(true)) {
                check.reject("conference", "proposal.conference.notSigned");
            }
        }
        List<String> needsJustification = new ArrayList<>(quotaBreaches(p));
        standing.stream()
                .filter(c -> c.eligibility() != null && c.eligibility().verdict() == Verdict.NOT_ELIGIBLE)
                .forEach(c -> needsJustification.add(messages.get(
                        "proposal.notEligible", c.fullName(), c.award().label())));
        String justification = strip(command.justification());
        if (!needsJustification.isEmpty() && (justification == null || justification.length() < 20)) {
            check.reject("justification", "proposal.justification.required", String.join("; ", needsJustification));
        }
        if (justification != null && justification.length() > 4000) {
            check.reject("justification", "proposal.justification.tooLong");
        }
        check.throwIfInvalid();
        store.setJustification(id, justification);
        pipeline.move(user, p, Step.SUBMIT, justification);
        return get(user, id);
    }

    /** Candidates beyond the bloc's flag and merit quotas, each with the rule that sets the quota. */
    public List<String> quotaBreaches(ProposalView p) {
        if (!ProposalAccess.bloc(p)) {
            return List.of();
        }
        Parameters rules = parameters.table().forYear(p.year(), p.authorityId());
        List<String> breaches = new ArrayList<>();
        for (Quotas.Kind kind : List.of(Quotas.Kind.BLOC_FLAGS, Quotas.Kind.BLOC_MERITS)) {
            Award award = kind == Quotas.Kind.BLOC_FLAGS ? Award.CO_TINH : Award.BK_TINH;
            int proposed =
                    (int) p.standing().stream().filter(c -> c.award() == award).count();
            Quotas.QuotaCheck q = Quotas.check(
                    kind, kind == Quotas.Kind.BLOC_FLAGS ? store.flagQuota(p.blocYearId()) : null, proposed, rules);
            if (Boolean.FALSE.equals(q.met())) {
                breaches.add(messages.get("proposal.quota.exceeded", award.label(), proposed, q.max(), q.basis()));
            }
        }
        return breaches;
    }

    /** How many a quota lets the bloc propose; none when no rule is in force for the year. */
    private static int allowed(Quotas.QuotaCheck quota) {
        return quota.max() == null ? 0 : quota.max();
    }

    @Transactional(readOnly = true)
    public ProposalView get(CurrentUser user, long id) {
        ProposalView p = names.ofTheTime(
                store.find(id).orElseThrow(() -> new NotFoundException(messages.get("proposal.notFound", id))));
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

    /** A bloc year a user may propose in, as the form offers it. */
    public record YearChoice(long blocYearId, String label) {}

    /**
     * Where the user may open a proposal of its own: a unit officer in the bloc years its unit is a
     * member of, the board in its authority's blocs (the latest three years of each).
     */
    @Transactional(readOnly = true)
    public List<YearChoice> proposableYears(CurrentUser user) {
        List<YearChoice> choices = new ArrayList<>();
        if (user.role() == Role.UNIT_OFFICER && user.unitId() != null) {
            for (vn.thidua.org.UnitMembershipView m :
                    units.history(user.unitId()).memberships()) {
                if (m.unit().id() == user.unitId()) {
                    choices.add(new YearChoice(
                            blocs.year(user, m.blocId(), m.year()).id(), m.blocName() + " – năm " + m.year()));
                }
            }
        } else if (user.role() == Role.BOARD) {
            for (vn.thidua.org.BlocView bloc : blocs.search(user, "", user.authorityId())) {
                blocs.years(user, bloc.id()).stream()
                        .sorted(java.util.Comparator.comparingInt(vn.thidua.org.BlocYearView::year)
                                .reversed())
                        .limit(3)
                        .forEach(y -> choices.add(new YearChoice(y.id(), bloc.name() + " – năm " + y.year())));
            }
        }
        return choices;
    }

    /** The awards a proposal to this authority may ask for, named as its decisions name them. */
    public java.util.Map<Award, String> awardChoices(ProposalView p) {
        boolean province = authorities.get(p.authorityId()).kind() == AuthorityKind.PROVINCE;
        java.util.Map<Award, String> choices = new java.util.LinkedHashMap<>();
        for (Award award : Award.values()) {
            if (AwardNames.decidedByAuthority(award)) {
                choices.put(award, AwardNames.of(award, province));
            }
        }
        return choices;
    }

    public ProposalRoles roles(CurrentUser user, ProposalView p) {
        return new ProposalRoles(
                access.isProposer(user, p),
                access.isBoard(user, p),
                access.isDecider(user, p),
                p.candidates().stream()
                        .filter(c -> user.isOfficerOf(c.unitId()))
                        .map(ProposalView.Candidate::id)
                        .toList());
    }

    /** The engine's answer for each candidate, on the history recorded so far. */
    /** The engine's findings on each candidate whom {@code reveals} lets the reader see (a person's record is personal data). */
    ProposalView withEligibility(ProposalView p, java.util.function.Predicate<ProposalView.Candidate> reveals) {
        List<ProposalView.Candidate> candidates = p.candidates().stream()
                .map(c -> c.withEligibility(reveals.test(c) ? answer(p, c) : null))
                .toList();
        return new ProposalView(
                p.id(),
                p.authorityId(),
                p.authorityName(),
                p.blocYearId(),
                p.blocName(),
                p.year(),
                p.level(),
                p.proposerUnitId(),
                p.proposerName(),
                p.title(),
                p.commendationType(),
                p.periodFrom(),
                p.periodTo(),
                p.status(),
                p.justification(),
                p.returnReason(),
                p.stepStartedAt(),
                p.stepDueOn(),
                p.publicFrom(),
                p.publicUntil(),
                p.createdBy(),
                p.createdAt(),
                p.version(),
                candidates,
                p.files(),
                p.events(),
                p.comments(),
                p.decision());
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
    private java.time.LocalDate consideredOn(ProposalView p) {
        java.time.LocalDate made = p.decision() != null
                ? p.decision().signedOn()
                : java.time.LocalDate.ofInstant(p.createdAt(), clock.getZone());
        return made.getYear() > p.periodTo() + 1 ? Question.usualConsideration(p.periodTo()) : made;
    }

    /** The proposals the user deals with: the board's and decider's of their authority, a unit's own and its bloc's. */
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
                    .sorted(java.util.Comparator.comparing(ProposalView::createdAt)
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
        return List.of();
    }

    /** The proposal under the names of the day of its documents (today for a pending one). */
    ProposalView named(ProposalView p) {
        return names.ofTheTime(p);
    }

    /** The proposal under the names of a given day (a decision's). */
    ProposalView named(ProposalView p, java.time.LocalDate on) {
        return names.on(p, on);
    }

    @Transactional(readOnly = true)
    public List<ProposalView> ofYear(CurrentUser user, long yearId) {
        blocs.scope(user, yearId);
        return list(user).stream().filter(p -> p.blocYearId() == yearId).toList();
    }

    private ProposalView lockedForProposer(CurrentUser user, long id, Long version) {
        ProposalView p = locked(id, version);
        access.require(user, p, Actor.PROPOSER);
        if (!p.status().editableByProposer()) {
            throw new InvalidInputException(List.of(new Violation(
                    "status", messages.get("proposal.notEditable", messages.get("proposalStatus." + p.status())))));
        }
        return p;
    }

    /**
     * The proposal, its row locked for the step about to be taken and its version checked; as stored
     * (no eligibility answers). The step itself checks who may take it.
     */
    ProposalView locked(long id, Long version) {
        long current = store.lock(id).orElseThrow(() -> new NotFoundException(messages.get("proposal.notFound", id)));
        if (version != null && version != current) {
            throw new OptimisticLockingFailureException("proposal " + id + " changed");
        }
        return store.find(id).orElseThrow();
    }

    ProposalView.Candidate candidate(ProposalView p, long candidateId) {
        return p.candidates().stream()
                .filter(c -> c.id() == candidateId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("proposal.candidate.notFound", candidateId)));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]");

    /** Text from a form, trimmed; control characters (which no document can hold) removed, lines kept. */
    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String clean = CONTROL.matcher(s).replaceAll("");
        return clean.isBlank() ? null : clean.strip();
    }
}
