package vn.thidua.voting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;
import vn.thidua.rules.domain.Parameters;
import vn.thidua.voting.domain.Fraction;
import vn.thidua.voting.domain.Outcome;
import vn.thidua.voting.domain.VoteRule;
import vn.thidua.voting.internal.VoteStore;

/**
 * The votes of a bloc's conference. The member units are the electorate, one vote each; the rule
 * comes from the parameter table for what is voted. A secret ballot is counted exactly once and
 * never stored as a row: see docs/voting-secrecy.md.
 */
@Service
public class VotingService {

    private static final Logger log = LoggerFactory.getLogger(VotingService.class);

    /** The most options one ballot holds, and the longest an option's label may be. */
    public static final int MAX_OPTIONS = 50;
    public static final int MAX_LABEL = 300;

    private final VoteStore store;
    private final BlocService blocs;
    private final ParameterService parameters;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final vn.thidua.org.AuthorityService authorities;

    private final vn.thidua.platform.audit.AuditLog audit;

    VotingService(VoteStore store, BlocService blocs, ParameterService parameters, Checks checks, Messages messages,
            Clock clock, vn.thidua.org.AuthorityService authorities, vn.thidua.platform.audit.AuditLog audit) {
        this.audit = audit;
        this.authorities = authorities;
        this.store = store;
        this.blocs = blocs;
        this.parameters = parameters;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    /** The bloc rule in force for the year under the bloc's authority (its own regulation first, else the catalogue's). */
    VoteRule blocRule(BlocYearScope scope) {
        return rule(scope, ParameterKey.VOTE_BLOC_THRESHOLD, ParameterKey.VOTE_BLOC_QUORUM);
    }

    /** The council's rule: the parameters of the authority's council votes (a higher share for Chiến sĩ thi đua). */
    VoteRule councilRule(BlocYearScope scope, VoteSubject subject) {
        return rule(scope, subject == VoteSubject.COUNCIL_CSTD_PROPOSAL ? ParameterKey.VOTE_THRESHOLD_CSTD
                : ParameterKey.VOTE_THRESHOLD_OTHER, ParameterKey.VOTE_QUORUM);
    }

    /**
     * Who runs a vote: the bloc's leading unit or the board for the conference's votes; the board
     * alone for the council's (a unit never runs the vote on its own proposal).
     */
    private static void requireManager(BlocYearScope scope, VoteElectorate electorate) {
        if (electorate == VoteElectorate.COUNCIL) {
            scope.requireBoard();
        } else {
            scope.requireLeaderOrBoard();
        }
    }

    private VoteRule rule(BlocYearScope scope, ParameterKey thresholdKey, ParameterKey quorumKey) {
        Parameters p = parameters.table().forYear(scope.year().year(), scope.bloc().authorityId());
        Parameter threshold = p.get(thresholdKey);
        Parameter quorum = p.get(quorumKey);
        if (threshold == null || quorum == null) {
            // no rule in force for that year: a vote is not held on a rule the system would have to invent
            throw new InvalidInputException(List.of(new Violation("subject",
                    messages.get("vote.rule.missing", scope.year().year()))));
        }
        Fraction share = Fraction.fromDecimal(threshold.value());
        // a rule of exactly one half is read as the usual majority, "quá bán": more than half
        VoteRule.Comparison comparison = share.equals(new Fraction(1, 2)) ? VoteRule.Comparison.MORE_THAN
                : VoteRule.Comparison.AT_LEAST;
        return new VoteRule(share, comparison, VoteRule.Base.ELECTORATE, Fraction.fromDecimal(quorum.value()),
                threshold.basis().citation());
    }

    @Transactional
    public VoteView create(CurrentUser user, long yearId, VoteCommand command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        requireManager(scope, command.electorate());
        Checks.Collector check = checks.none();
        if (command.subject() == null) {
            check.reject("subject", "vote.subject.required");
        }
        if (command.method() == null) {
            check.reject("method", "vote.method.required");
        }
        if (command.question() == null || command.question().isBlank()) {
            check.reject("question", "vote.question.required");
        } else if (command.question().length() > 1000) {
            check.reject("question", "vote.question.tooLong");
        }
        List<String> labels = new ArrayList<>();
        List<Long> units = new ArrayList<>();
        for (String label : command.options() == null ? List.<String>of() : command.options()) {
            if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
                check.reject("options", "vote.option.invalid");
            } else {
                labels.add(label.strip());
                units.add(null);
            }
        }
        for (Long unit : command.candidateUnitIds() == null ? List.<Long>of() : command.candidateUnitIds()) {
            UnitRef member = unit == null ? null : scope.year().members().stream().filter(m -> m.id() == unit).findFirst().orElse(null);
            if (member == null) {
                check.reject("candidateUnitIds", "vote.candidate.notMember", unit);
            } else {
                labels.add(member.name());
                units.add(member.id());
            }
        }
        if (labels.isEmpty()) {
            check.reject("options", "vote.options.required");
        } else if (labels.size() > MAX_OPTIONS || new HashSet<>(labels).size() != labels.size()) {
            check.reject("options", "vote.options.repeated");
        }
        int maxChoices = command.maxChoices() == null ? 1 : command.maxChoices();
        if (maxChoices < 1 || !labels.isEmpty() && maxChoices > labels.size()) {
            check.reject("maxChoices", "vote.maxChoices.range", labels.size());
        }
        boolean council = command.electorate() == VoteElectorate.COUNCIL;
        List<VoteStore.Elector> electors = council
                ? authorities.councilMembers(scope.bloc().authorityId()).stream()
                        .map(c -> new VoteStore.Elector("council:" + c.id(), c.fullName())).toList()
                : scope.year().members().stream().map(m -> new VoteStore.Elector(elector(m.id()), m.name())).toList();
        if (electors.isEmpty()) {
            check.reject("electorate", council ? "vote.council.empty" : "vote.members.empty");
        }
        check.throwIfInvalid();
        long id = store.insert(yearId, command.subject(), command.question().strip(), command.method(),
                council ? councilRule(scope, command.subject()) : blocRule(scope), maxChoices, electors.size(), user.username());
        store.setElectorateKind(id, council ? VoteElectorate.COUNCIL : VoteElectorate.MEMBER_UNITS);
        for (int i = 0; i < labels.size(); i++) {
            store.insertOption(id, i, labels.get(i), units.get(i));
        }
        store.insertElectors(id, electors);
        return view(user, scope, row(id));
    }

    @Transactional
    public VoteView open(CurrentUser user, long voteId, Integer present, Long version) {
        VoteStore.VoteRow vote = row(voteId);
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        Checks.Collector check = checks.none();
        if (!"DRAFT".equals(vote.status())) {
            check.reject("status", "vote.alreadyOpened");
        }
        if (present == null || present < 0 || present > vote.electorate()) {
            check.reject("present", "vote.present.range", vote.electorate());
        }
        check.throwIfInvalid();
        if (!store.open(voteId, present, clock.instant(), version)) {
            throw new OptimisticLockingFailureException("vote " + voteId + " changed");
        }
        audit.record(vn.thidua.platform.audit.AuditEvent.by(user, vn.thidua.platform.audit.AuditAction.VOTE_OPENED,
                scope.bloc().authorityId(), "biểu quyết " + voteId, vote.question() + "; có mặt " + present + "/" + vote.electorate()));
        return view(user, scope, row(voteId));
    }

    /**
     * One secret ballot of the user's unit. "Who voted" and "what was voted" are written in this one
     * transaction; a second ballot of the same unit, concurrent or not, is refused and counts nothing.
     */
    @Transactional
    public void cast(CurrentUser user, long voteId, List<Long> optionIds) {
        VoteStore.VoteRow vote = store.findForBallot(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        // being on the vote's list of electors is the standing a ballot needs (a council member need not follow the bloc)
        String elector = electorOf(user);
        if (elector == null || !store.isElector(voteId, elector)) {
            throw new AccessDeniedException("not in the electorate of vote " + voteId);
        }
        Checks.Collector check = checks.none();
        if (vote.method() != VoteMethod.SECRET_BALLOT) {
            check.reject("optionIds", "vote.notBallot");
        } else if (!"OPEN".equals(vote.status())) {
            check.reject("optionIds", "DRAFT".equals(vote.status()) ? "vote.notOpen" : "vote.closed");
        }
        Set<Long> chosen = new LinkedHashSet<>(optionIds == null ? List.of() : optionIds);
        Set<Long> valid = new HashSet<>(store.options(voteId).stream().map(VoteView.Option::id).toList());
        if (optionIds != null && (chosen.size() != optionIds.size() || chosen.contains(null) || !valid.containsAll(chosen))) {
            check.reject("optionIds", "vote.option.unknown");
        } else if (chosen.size() > vote.maxChoices()) {
            check.reject("optionIds", "vote.tooManyChoices", vote.maxChoices());
        }
        check.throwIfInvalid();
        if (!store.participate(voteId, elector)) {
            throw new InvalidInputException(List.of(new Violation("optionIds", messages.get("vote.alreadyVoted"))));
        }
        // last, so the counters are held only until the commit
        store.count(voteId, chosen);
    }

    /**
     * Closes the vote: a secret ballot as cast; a show of hands with the counts the chair records; an
     * acclamation as unanimous of those present.
     */
    @Transactional
    public VoteView close(CurrentUser user, long voteId, Map<Long, Integer> counts) {
        VoteStore.VoteRow vote = store.findForUpdate(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        if (!"OPEN".equals(vote.status())) {
            throw new InvalidInputException(List.of(new Violation("status",
                    messages.get("DRAFT".equals(vote.status()) ? "vote.notOpen" : "vote.closed"))));
        }
        List<VoteView.Option> options = store.options(voteId);
        if (vote.method() == VoteMethod.SHOW_OF_HANDS) {
            Checks.Collector check = checks.none();
            for (VoteView.Option option : options) {
                Integer n = counts == null ? null : counts.get(option.id());
                if (n == null || n < 0 || n > vote.present()) {
                    check.reject("counts", "vote.count.range", option.label(), vote.present());
                }
            }
            check.throwIfInvalid();
            store.setCounts(voteId, counts, vote.present());
        } else if (vote.method() == VoteMethod.ACCLAMATION) {
            Map<Long, Integer> all = new java.util.HashMap<>();
            options.forEach(o -> all.put(o.id(), vote.present()));
            store.setCounts(voteId, all, vote.present());
        }
        store.close(voteId, clock.instant());
        // who closed it and when; never who voted what
        audit.record(vn.thidua.platform.audit.AuditEvent.by(user, vn.thidua.platform.audit.AuditAction.VOTE_CLOSED,
                scope.bloc().authorityId(), "biểu quyết " + voteId, vote.question()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                CompletableFuture.runAsync(() -> {
                    try {
                        store.compactCounters();
                    } catch (RuntimeException e) {
                        log.warn("Could not compact the vote counters after closing vote {}: {}", voteId, e.getMessage());
                    }
                });
            }
        });
        return view(user, scope, row(voteId));
    }

    /**
     * The written opinion (ý kiến bằng văn bản) of a member unit absent from the conference, recorded
     * by the chair from its signed letter: counted as its ballot, once, like any other.
     */
    @Transactional
    public VoteView recordWrittenOpinion(CurrentUser user, long voteId, Long unitId, List<Long> optionIds) {
        return recordWrittenOpinion(user, voteId, unitId, null, optionIds);
    }

    /**
     * The written opinion of an absent elector: a member unit, or in a council's vote a council
     * member (the other id is then ignored). Recorded by the chair or the board from the signed letter.
     */
    @Transactional
    public VoteView recordWrittenOpinion(CurrentUser user, long voteId, Long unitId, Long councilMemberId,
            List<Long> optionIds) {
        VoteStore.VoteRow vote = store.findForUpdate(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        Checks.Collector check = checks.none();
        boolean council = vote.electorateKind() == VoteElectorate.COUNCIL;
        String elector = council ? (councilMemberId == null ? null : "council:" + councilMemberId)
                : (unitId == null ? null : elector(unitId));
        if (elector == null || !store.isElector(voteId, elector)) {
            check.reject(council ? "councilMemberId" : "unitId", council ? "vote.written.notCouncil" : "vote.written.notElector");
        }
        if (vote.method() != VoteMethod.SECRET_BALLOT || !"OPEN".equals(vote.status())) {
            check.reject("unitId", "vote.paper.notOpenBallot");
        }
        Set<Long> chosen = new LinkedHashSet<>(optionIds == null ? List.of() : optionIds);
        Set<Long> valid = new HashSet<>(store.options(voteId).stream().map(VoteView.Option::id).toList());
        if (chosen.contains(null) || !valid.containsAll(chosen)) {
            check.reject("optionIds", "vote.option.unknown");
        } else if (chosen.size() > vote.maxChoices()) {
            check.reject("optionIds", "vote.tooManyChoices", vote.maxChoices());
        }
        check.throwIfInvalid();
        if (!store.participate(voteId, elector)) {
            throw new InvalidInputException(List.of(new Violation("unitId", messages.get("vote.alreadyVoted"))));
        }
        if (!store.addWritten(voteId)) {
            throw new InvalidInputException(List.of(new Violation("unitId", messages.get("vote.written.tooMany"))));
        }
        store.count(voteId, chosen);
        // who recorded whose letter, never its choice; in a transaction of its own, so that the audit
        // row shares no transaction with the counters (docs/voting-secrecy.md)
        audit.recordAlone(vn.thidua.platform.audit.AuditEvent.by(user, vn.thidua.platform.audit.AuditAction.VOTE_WRITTEN_OPINION,
                scope.bloc().authorityId(), "biểu quyết " + voteId,
                "ghi ý kiến bằng văn bản của " + (unitId != null ? "đơn vị " + unitId : "thành viên Hội đồng " + councilMemberId)));
        return view(user, scope, row(voteId));
    }

    /**
     * The secretary enters the counting committee's paper count; it is not the result until a second
     * person confirms it. Refused once any ballot was cast on line: a vote is counted one way only.
     */
    @Transactional
    public VoteView enterPaperCount(CurrentUser user, long voteId, PaperCount count) {
        VoteStore.VoteRow vote = store.findForUpdate(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        Checks.Collector check = checks.none();
        if (!"OPEN".equals(vote.status()) || vote.method() != VoteMethod.SECRET_BALLOT) {
            check.reject("counts", "vote.paper.notOpenBallot");
        } else if (store.participants(voteId) > 0) {
            check.reject("counts", "vote.paper.onlineBallots");
        }
        int present = vote.present() == null ? 0 : vote.present();
        if (count == null || count.cast() == null || count.cast() < 0 || count.cast() > present) {
            check.reject("cast", "vote.paper.cast.range", present);
        }
        int cast = count == null || count.cast() == null ? 0 : count.cast();
        if (count == null || count.blank() == null || count.blank() < 0 || count.blank() > cast) {
            check.reject("blank", "vote.paper.blank.range");
        }
        for (VoteView.Option option : store.options(voteId)) {
            Integer n = count == null || count.counts() == null ? null : count.counts().get(option.id());
            if (n == null || n < 0 || n > cast) {
                check.reject("counts", "vote.count.range", option.label(), cast);
            }
        }
        if (count == null || count.committee() == null || count.committee().isBlank()) {
            check.reject("committee", "vote.paper.committee.required");
        } else if (count.committee().length() > 1000) {
            check.reject("committee", "vote.paper.committee.tooLong");
        }
        check.throwIfInvalid();
        store.enterPaper(voteId, count.counts(), cast, count.blank(), count.committee().strip(), user.username(), clock.instant());
        return view(user, scope, row(voteId));
    }

    /** A second person confirms the paper count: the vote closes with it. */
    @Transactional
    public VoteView confirmPaperCount(CurrentUser user, long voteId) {
        VoteStore.VoteRow vote = store.findForUpdate(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        VoteStore.PendingPaper paper = store.paper(voteId)
                .orElseThrow(() -> new InvalidInputException(List.of(new Violation("counts", messages.get("vote.paper.none")))));
        if (paper.enteredBy().equals(user.username())) {
            throw new InvalidInputException(List.of(new Violation("counts", messages.get("vote.paper.samePerson"))));
        }
        if (!"OPEN".equals(vote.status())) {
            throw new InvalidInputException(List.of(new Violation("status", messages.get("vote.closed"))));
        }
        store.setCounts(voteId, paper.counts(), paper.cast());
        store.close(voteId, clock.instant());
        return view(user, scope, row(voteId));
    }

    @Transactional(readOnly = true)
    public VoteView get(CurrentUser user, long voteId) {
        VoteStore.VoteRow vote = row(voteId);
        return view(user, standing(user, vote).orElse(null), vote);
    }

    /** The user's scope in the vote's bloc year; empty for an elector with no other standing there (a council member). */
    public Optional<BlocYearScope> standing(CurrentUser user, long voteId) {
        return standing(user, row(voteId));
    }

    private Optional<BlocYearScope> standing(CurrentUser user, VoteStore.VoteRow vote) {
        Optional<BlocYearScope> scope = blocs.scopeIfAny(user, vote.blocYearId());
        if (scope.isPresent()) {
            return scope;
        }
        String elector = electorOf(user);
        if (elector != null && store.isElector(vote.id(), elector)) {
            return Optional.empty();
        }
        throw new AccessDeniedException("no standing in vote " + vote.id());
    }

    /** The open votes in which this user may still cast a ballot. */
    @Transactional(readOnly = true)
    public List<VoteView> openFor(CurrentUser user) {
        String elector = electorOf(user);
        return elector == null ? List.of() : store.openFor(elector).stream().map(v -> view(user, null, v))
                .filter(VoteView::mayVote).toList();
    }

    static String electorOf(CurrentUser user) {
        if (user.role() == vn.thidua.platform.security.Role.UNIT_OFFICER && user.unitId() != null) {
            return elector(user.unitId());
        }
        if (user.role() == vn.thidua.platform.security.Role.COUNCIL_MEMBER && user.councilMemberId() != null) {
            return "council:" + user.councilMemberId();
        }
        return null;
    }


    @Transactional(readOnly = true)
    public List<VoteView> ofYear(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        return store.ofYear(yearId).stream().map(v -> view(user, scope, v)).toList();
    }

    private VoteView view(CurrentUser user, BlocYearScope scope, VoteStore.VoteRow vote) {
        List<VoteView.Option> options = store.options(vote.id());
        String elector = electorOf(user);
        boolean isElector = elector != null && store.isElector(vote.id(), elector);
        boolean hasVoted = isElector && store.hasVoted(vote.id(), elector);
        VoteView.Tally tally = null;
        if ("CLOSED".equals(vote.status())) {
            Map<Long, Integer> counts = store.tally(vote.id());
            int[] ballots = store.ballots(vote.id());
            int present = (vote.present() == null ? 0 : vote.present()) + vote.written();
            List<VoteView.Tally.Line> lines = options.stream().map(o -> new VoteView.Tally.Line(o, counts.getOrDefault(o.id(), 0),
                    Outcome.of(vote.rule(), vote.electorate(), Math.max(present, ballots[0]), counts.getOrDefault(o.id(), 0))))
                    .toList();
            tally = new VoteView.Tally(lines, ballots[0], ballots[1]);
        }
        return new VoteView(vote.id(), vote.blocYearId(), vote.subject(), vote.question(), vote.method(), vote.rule(),
                vote.rule().describe(), vote.maxChoices(), vote.status(), vote.electorate(), vote.present(),
                store.participants(vote.id()), isElector && vote.method() == VoteMethod.SECRET_BALLOT && !hasVoted
                        && "OPEN".equals(vote.status()), hasVoted, options, tally, vote.openedAt(), vote.closedAt(), vote.version(),
                store.paper(vote.id()).map(VoteStore.PendingPaper::enteredBy).orElse(null), vote.electorateKind());
    }

    private VoteStore.VoteRow row(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", id)));
    }

    static String elector(long unitId) {
        return "unit:" + unitId;
    }
}
