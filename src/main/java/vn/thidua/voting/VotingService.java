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
import vn.thidua.voting.domain.VoteStatus;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
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
    private final CountingCommittee committee;
    private final BallotBox ballots;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    VotingService(
            VoteStore store,
            BlocService blocs,
            ParameterService parameters,
            Checks checks,
            Messages messages,
            Clock clock,
            vn.thidua.org.AuthorityService authorities,
            vn.thidua.platform.audit.AuditLog audit,
            CountingCommittee committee,
            BallotBox ballots,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.audit = audit;
        this.committee = committee;
        this.ballots = ballots;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
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
        return rule(
                scope,
                subject == VoteSubject.COUNCIL_CSTD_PROPOSAL
                        ? ParameterKey.VOTE_THRESHOLD_CSTD
                        : ParameterKey.VOTE_THRESHOLD_OTHER,
                ParameterKey.VOTE_QUORUM);
    }

    /**
     * Who runs a vote: the bloc's leading unit or the board for the conference's votes; the board
     * alone for the council's (a unit never runs the vote on its own proposal).
     */
    static void requireManager(BlocYearScope scope, VoteElectorate electorate) {
        if (electorate == VoteElectorate.COUNCIL) {
            scope.requireBoard();
        } else {
            scope.requireLeaderOrBoard();
        }
    }

    private VoteRule rule(BlocYearScope scope, ParameterKey thresholdKey, ParameterKey quorumKey) {
        Parameters p =
                parameters.table().forYear(scope.year().year(), scope.bloc().authorityId());
        Parameter threshold = p.get(thresholdKey);
        Parameter quorum = p.get(quorumKey);
        if (threshold == null || quorum == null) {
            // no rule in force for that year: a vote is not held on a rule the system would have to invent
            throw new InvalidInputException(List.of(new Violation(
                    "subject", messages.get("vote.rule.missing", scope.year().year()))));
        }
        Fraction share = Fraction.fromDecimal(threshold.value());
        // a rule of exactly one half is read as the usual majority, "quá bán": more than half
        VoteRule.Comparison comparison =
                share.equals(new Fraction(1, 2)) ? VoteRule.Comparison.MORE_THAN : VoteRule.Comparison.AT_LEAST;
        return new VoteRule(
                share,
                comparison,
                VoteRule.Base.ELECTORATE,
                Fraction.fromDecimal(quorum.value()),
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
            UnitRef member = unit == null
                    ? null
                    : scope.year().members().stream()
                            .filter(m -> m.id() == unit)
                            .findFirst()
                            .orElse(null);
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
        if (labels.size() == 1 && maxChoices == 1) {
            // a sole candidate or a single proposition: the ballot says Đồng ý (the option) or Không đồng ý
            labels.add(messages.get("vote.option.disagree"));
            units.add(null);
        }
        boolean council = command.electorate() == VoteElectorate.COUNCIL;
        List<VoteStore.Elector> electors = council
                ? authorities.councilMembers(scope.bloc().authorityId()).stream()
                        .map(c -> new VoteStore.Elector("council:" + c.id(), c.fullName()))
                        .toList()
                : scope.year().members().stream()
                        .map(m -> new VoteStore.Elector(elector(m.id()), m.name()))
                        .toList();
        if (electors.isEmpty()) {
            check.reject("electorate", council ? "vote.council.empty" : "vote.members.empty");
        }
        List<String[]> trustees = List.of();
        if (command.method() == VoteMethod.SECRET_BALLOT && command.trustees() != null) {
            trustees = committee.resolve(scope, council, command.trustees(), check);
        }
        check.throwIfInvalid();
        long id = store.insert(
                yearId,
                command.subject(),
                command.question().strip(),
                command.method(),
                council ? councilRule(scope, command.subject()) : blocRule(scope),
                maxChoices,
                electors.size(),
                user.username());
        store.setElectorateKind(id, council ? VoteElectorate.COUNCIL : VoteElectorate.MEMBER_UNITS);
        for (int i = 0; i < labels.size(); i++) {
            store.insertOption(id, i, labels.get(i), units.get(i));
        }
        store.insertElectors(id, electors);
        if (command.method() == VoteMethod.SECRET_BALLOT) {
            store.setEncrypted(id);
            committee.replace(id, trustees);
        }
        return view(user, scope, row(id));
    }

    @Transactional
    public VoteView open(CurrentUser user, long voteId, Integer present, Long version) {
        return open(user, voteId, present, null, version);
    }

    /**
     * Opens the vote with those present: their number, or by name (elector keys, as the page's
     * attendance list sends them), which is what lets written opinions be taken for the absent only.
     */
    @Transactional
    public VoteView open(CurrentUser user, long voteId, Integer present, List<String> presentElectors, Long version) {
        // locked, so that the committee cannot be named again while the vote opens without a key
        VoteStore.VoteRow vote = store.findForUpdate(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        Checks.Collector check = checks.none();
        VoteStatus next = step(() -> vote.status().open(), "status");
        Set<String> attending = presentElectors == null ? null : new LinkedHashSet<>(presentElectors);
        if (attending != null) {
            if (attending.size() != presentElectors.size()
                    || !attending.stream().allMatch(e -> e != null && store.isElector(voteId, e))) {
                check.reject("present", "vote.present.notElector");
            }
            present = attending.size();
        }
        if (present == null || present < 0 || present > vote.electorate()) {
            check.reject("present", "vote.present.range", vote.electorate());
        }
        if (vote.encrypted() && vote.publicKey() == null) {
            check.reject("committee", "vote.committee.keysMissing");
        }
        check.throwIfInvalid();
        if (!store.open(voteId, vote.status(), next, present, clock.instant(), version)) {
            throw new OptimisticLockingFailureException("vote " + voteId + " changed");
        }
        if (attending != null) {
            store.insertAttendance(voteId, attending);
        }
        audit.record(vn.thidua.platform.audit.AuditEvent.by(
                user,
                vn.thidua.platform.audit.AuditAction.VOTE_OPENED,
                scope.bloc().authorityId(),
                "biểu quyết " + voteId,
                vote.question() + "; có mặt " + present + "/" + vote.electorate()));
        return view(user, scope, row(voteId));
    }

    /**
     * One secret ballot of the user's unit (or council member), encrypted: "who voted" is recorded
     * once per elector, the ballot goes into the box as its ciphertexts with a tracking code and
     * nothing else. A second ballot of the same elector, concurrent or not, is refused and counts
     * nothing. The proofs are checked before any row is locked.
     *
     * @return the ballot's tracking code
     */
    public String cast(CurrentUser user, long voteId, BallotRequest request) {
        VoteStore.VoteRow vote =
                store.find(voteId).orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        String elector = electorOf(user);
        if (elector == null || !store.isElector(voteId, elector)) {
            throw new AccessDeniedException("not in the electorate of vote " + voteId);
        }
        // the cheap refusals first: a closed vote or a second ballot costs no proof verification
        step(
                () -> {
                    vote.status().requireOpen();
                    return null;
                },
                "optionIds");
        if (store.hasVoted(voteId, elector)) {
            throw new InvalidInputException(List.of(new Violation("optionIds", messages.get("vote.alreadyVoted"))));
        }
        EncryptedBallot ballot = ballots.accept(vote, request, "optionIds");
        String tracking = ballot.trackingCode(voteId);
        String json = ballots.json(ballot);
        return transactions.execute(tx -> {
            VoteStore.VoteRow locked = store.findForBallot(voteId).orElseThrow();
            step(
                    () -> {
                        locked.status().requireOpen();
                        return null;
                    },
                    "optionIds");
            if (!store.participate(voteId, elector)) {
                throw new InvalidInputException(List.of(new Violation("optionIds", messages.get("vote.alreadyVoted"))));
            }
            ballots.put(voteId, tracking, json);
            return tracking;
        });
    }

    /**
     * Closes the vote: an encrypted ballot's totals are added up under encryption and wait for the
     * committee; a show of hands takes the counts the chair records; an acclamation is unanimous
     * of those present; a ballot of an earlier release is counted from its counters.
     */
    @Transactional
    public VoteView close(CurrentUser user, long voteId, Map<Long, Integer> counts) {
        VoteStore.VoteRow vote = store.findForUpdate(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        if (vote.method() == VoteMethod.PAPER_BALLOT) {
            throw new InvalidInputException(
                    List.of(new Violation("status", messages.get("vote.paper.closesByConfirmation"))));
        }
        boolean awaitsCommittee = vote.encrypted() && store.participants(voteId) > 0;
        VoteStatus next = step(() -> vote.status().close(awaitsCommittee), "status");
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
        } else if (vote.encrypted()) {
            ballots.sealTotals(voteId, options.size());
            ballots.forgetUnconfirmedChoices(voteId);
            if (!awaitsCommittee) {
                Map<Long, Integer> none = new java.util.HashMap<>();
                options.forEach(o -> none.put(o.id(), 0));
                store.setCounts(voteId, none, 0);
            }
        }
        store.close(voteId, next, clock.instant());
        // who closed it and when; never who voted what
        audit.record(vn.thidua.platform.audit.AuditEvent.by(
                user,
                vn.thidua.platform.audit.AuditAction.VOTE_CLOSED,
                scope.bloc().authorityId(),
                "biểu quyết " + voteId,
                vote.question()));
        if (!vote.encrypted() && vote.method() == VoteMethod.SECRET_BALLOT) {
            compactAfterCommit(voteId);
        }
        return view(user, scope, row(voteId));
    }

    /** A ballot of an earlier release was counted in plain counters: rewritten without dead versions once closed. */
    private void compactAfterCommit(long voteId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                CompletableFuture.runAsync(() -> {
                    try {
                        store.compactCounters();
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

    /**
     * The secretary enters the counting committee's paper count; it is not the result until a second
     * person confirms it. Only for a vote held on paper: a vote is counted one way only.
     */
    @Transactional
    public VoteView enterPaperCount(CurrentUser user, long voteId, PaperCount count) {
        VoteStore.VoteRow vote = store.findForUpdate(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        Checks.Collector check = checks.none();
        if (vote.method() != VoteMethod.PAPER_BALLOT) {
            check.reject(
                    "counts",
                    vote.method() == VoteMethod.SECRET_BALLOT ? "vote.paper.electronic" : "vote.paper.notOpenBallot");
        } else if (vote.status() != VoteStatus.OPEN) {
            check.reject("counts", "vote.paper.notOpenBallot");
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
            Integer n = count == null || count.counts() == null
                    ? null
                    : count.counts().get(option.id());
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
        store.enterPaper(
                voteId,
                count.counts(),
                cast,
                count.blank(),
                count.committee().strip(),
                user.username(),
                clock.instant());
        return view(user, scope, row(voteId));
    }

    /** A second person confirms the paper count: the vote closes with it, its result known. */
    @Transactional
    public VoteView confirmPaperCount(CurrentUser user, long voteId) {
        VoteStore.VoteRow vote = store.findForUpdate(voteId)
                .orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", voteId)));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        requireManager(scope, vote.electorateKind());
        VoteStore.PendingPaper paper = store.paper(voteId)
                .orElseThrow(() ->
                        new InvalidInputException(List.of(new Violation("counts", messages.get("vote.paper.none")))));
        if (paper.enteredBy().equals(user.username())) {
            throw new InvalidInputException(List.of(new Violation("counts", messages.get("vote.paper.samePerson"))));
        }
        VoteStatus next = step(() -> vote.status().close(false), "status");
        store.setCounts(voteId, paper.counts(), paper.cast(), paper.blank());
        store.close(voteId, next, clock.instant());
        return view(user, scope, row(voteId));
    }

    /** Runs a state transition of the domain, its refusal becoming a message on the field. */
    <T> T step(java.util.function.Supplier<T> transition, String field) {
        try {
            return transition.get();
        } catch (VoteStatus.Refused refused) {
            throw checks.refusal(field, refused.code());
        }
    }

    /** Who may vote, by elector key and name (the opening's attendance list). */
    @Transactional(readOnly = true)
    public List<VoteStore.ElectorRow> electors(CurrentUser user, long voteId) {
        standing(user, row(voteId));
        return store.electors(voteId);
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
        if (elector != null && store.isElector(vote.id(), elector) || committee.isTrustee(vote.id(), user)) {
            return Optional.empty();
        }
        throw new AccessDeniedException("no standing in vote " + vote.id());
    }

    /** The open votes in which this user may still cast a ballot. */
    @Transactional(readOnly = true)
    public List<VoteView> openFor(CurrentUser user) {
        String elector = electorOf(user);
        return elector == null
                ? List.of()
                : store.openFor(elector).stream()
                        .map(v -> view(user, null, v))
                        .filter(VoteView::mayVote)
                        .toList();
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

    VoteView view(CurrentUser user, BlocYearScope scope, VoteStore.VoteRow vote) {
        List<VoteView.Option> options = store.options(vote.id());
        String elector = electorOf(user);
        boolean isElector = elector != null && store.isElector(vote.id(), elector);
        boolean hasVoted = isElector && store.hasVoted(vote.id(), elector);
        VoteView.Tally tally = null;
        if (vote.status().resultKnown()) {
            Map<Long, Integer> counts = store.tally(vote.id());
            int[] ballots = store.ballots(vote.id());
            int present = (vote.present() == null ? 0 : vote.present()) + vote.written();
            List<VoteView.Tally.Line> lines = options.stream()
                    .map(o -> new VoteView.Tally.Line(
                            o,
                            counts.getOrDefault(o.id(), 0),
                            Outcome.of(
                                    vote.rule(),
                                    vote.electorate(),
                                    Math.max(present, ballots[0]),
                                    counts.getOrDefault(o.id(), 0))))
                    .toList();
            tally = new VoteView.Tally(lines, ballots[0], ballots[1]);
        }
        Optional<VoteStore.PendingPaper> paper = store.paper(vote.id());
        boolean mayVote = isElector
                && vote.method() == VoteMethod.SECRET_BALLOT
                && vote.encrypted()
                && !hasVoted
                && vote.status() == VoteStatus.OPEN;
        return new VoteView(
                vote.id(),
                vote.blocYearId(),
                vote.subject(),
                vote.question(),
                vote.method(),
                vote.rule(),
                vote.rule().describe(),
                vote.maxChoices(),
                vote.status(),
                vote.electorate(),
                vote.present(),
                store.participants(vote.id()),
                mayVote,
                hasVoted,
                options,
                tally,
                vote.openedAt(),
                vote.closedAt(),
                vote.version(),
                paper.map(VoteStore.PendingPaper::enteredBy).orElse(null),
                vote.electorateKind(),
                vote.encrypted(),
                vote.publicKey(),
                committee.members(vote.id()),
                ballots.totals(vote),
                ballots.writtenOpinions(vote.id()),
                paper.map(VoteStore.PendingPaper::committee).orElse(null));
    }

    private VoteStore.VoteRow row(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(messages.get("vote.notFound", id)));
    }

    static String elector(long unitId) {
        return "unit:" + unitId;
    }
}
