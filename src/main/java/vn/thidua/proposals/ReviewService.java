package vn.thidua.proposals;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.proposals.domain.Actor;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.proposals.domain.CandidateStep;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.PublicCommentPeriod;
import vn.thidua.proposals.domain.Step;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.domain.Outcome;

/**
 * The board's side: review with a checklist per candidate, returns with a reason, công khai with
 * the public's comments and the board's answers, and the council's vote on each candidate.
 */
@Service
public class ReviewService {

    /** Enough for a person to say what they know; a flood from one address cannot hold the council back. */
    static final int MAX_COMMENTS_PER_CONTACT = 3;

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final ProposalStore store;
    private final ProposalService proposals;
    private final Pipeline pipeline;
    private final ParameterService parameters;
    private final VotingService voting;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;

    /** One place (a household, an office) comments this often at most: enough for people, not for a script. */
    private final int commentsPerAddressPerHour;

    ReviewService(
            ProposalStore store,
            ProposalService proposals,
            Pipeline pipeline,
            ParameterService parameters,
            VotingService voting,
            Checks checks,
            Messages messages,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${thidua.public-comment.per-address-per-hour:10}")
                    int commentsPerAddressPerHour) {
        this.commentsPerAddressPerHour = commentsPerAddressPerHour;
        this.store = store;
        this.proposals = proposals;
        this.pipeline = pipeline;
        this.parameters = parameters;
        this.voting = voting;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public ProposalView startReview(CurrentUser user, long id, Long version) {
        ProposalView p = proposals.locked(id, version);
        pipeline.move(user, p, Step.START_REVIEW, null);
        return proposals.get(user, id);
    }

    /** Sends the whole proposal back to the proposer, with the reason it must read. */
    @Transactional
    public ProposalView returnProposal(CurrentUser user, long id, ProposalCommands.Reason command) {
        ProposalView p = proposals.locked(id, command.version());
        pipeline.allow(user, p, Step.RETURN);
        String reason = reason(command.reason());
        store.setReturnReason(id, reason);
        store.clearChecklists(id);
        pipeline.move(user, p, Step.RETURN, reason);
        return proposals.get(user, id);
    }

    @Transactional
    public ProposalView checklist(CurrentUser user, long id, long candidateId, ProposalCommands.Checklist command) {
        ProposalView p = proposals.locked(id, null);
        pipeline.requireActor(user, p, Actor.BOARD);
        ProposalView.Candidate c = proposals.candidate(p, candidateId);
        if (p.status() != ProposalStatus.UNDER_REVIEW || !c.status().standing()) {
            throw refused("proposal.checklist.notNow", messages.get("proposalStatus." + p.status()));
        }
        store.setChecklist(candidateId, command.dossier(), command.criteria(), command.quota());
        store.event(
                id,
                candidateId,
                "CHECKLIST",
                p.status(),
                p.status(),
                (command.dossier() ? "hồ sơ ✓ " : "")
                        + (command.criteria() ? "tiêu chuẩn ✓ " : "")
                        + (command.quota() ? "tỷ lệ ✓" : ""),
                user.username(),
                clock.instant());
        return proposals.get(user, id);
    }

    /** Returns one candidate (the others stay under review) or drops it from the proposal, with the reason. */
    @Transactional
    public ProposalView candidateStep(
            CurrentUser user, long id, long candidateId, CandidateStep step, String reasonText) {
        ProposalView p = proposals.locked(id, null);
        pipeline.requireActor(user, p, step.actor());
        ProposalView.Candidate c = proposals.candidate(p, candidateId);
        CandidateStatus after = step.after(p.status(), c.status(), step.actor());
        if (after == null) {
            throw refused(
                    "proposal.candidate.stepRefused",
                    messages.get("candidateStep." + step),
                    messages.get("candidateStatus." + c.status()),
                    messages.get("proposalStatus." + p.status()));
        }
        String reason = step == CandidateStep.RESUBMIT ? c.reason() : reason(reasonText);
        if (step == CandidateStep.RESUBMIT
                && (c.narrative() == null || c.narrative().isBlank())) {
            throw refused("proposal.submit.noReport", c.fullName());
        }
        store.setCandidateStatus(candidateId, after, step == CandidateStep.RESUBMIT ? null : reason);
        if (step == CandidateStep.RESUBMIT) {
            store.setChecklist(candidateId, false, false, false);
        }
        store.touch(id);
        store.event(
                id, candidateId, "CANDIDATE_" + step, p.status(), p.status(), reason, user.username(), clock.instant());
        return proposals.get(user, id);
    }

    /**
     * Công khai: the list goes on the public page for the days the regulation in force sets. Every
     * standing candidate must have passed the checklist, none may still be returned.
     */
    @Transactional
    public ProposalView publish(CurrentUser user, long id, Long version) {
        ProposalView p = proposals.locked(id, version);
        pipeline.allow(user, p, Step.PUBLISH);
        Checks.Collector check = checks.none();
        if (p.standing().isEmpty()) {
            check.reject("candidates", "proposal.submit.noCandidate");
        }
        for (ProposalView.Candidate c : p.standing()) {
            if (c.status() == CandidateStatus.RETURNED) {
                check.reject("candidates", "proposal.publish.returned", c.fullName());
            } else if (!c.checked()) {
                check.reject("candidates", "proposal.publish.unchecked", c.fullName());
            }
        }
        Parameter days = parameters.table().forYear(p.year(), p.authorityId()).get(ParameterKey.PUBLIC_COMMENT_DAYS);
        if (days == null) {
            check.reject("status", "proposal.publish.noPeriod", p.year());
        }
        check.throwIfInvalid();
        PublicCommentPeriod period =
                PublicCommentPeriod.starting(clock.instant(), days.value().intValue());
        store.setPublicPeriod(id, period.from(), period.until());
        pipeline.move(
                user,
                p,
                Step.PUBLISH,
                messages.get(
                        "proposal.publish.event",
                        days.value().intValue(),
                        days.basis().citation()));
        return proposals.get(user, id);
    }

    /** The proposals in công khai now, for the page anyone may read. */
    @Transactional(readOnly = true)
    public List<PublicProposal> publicList() {
        return store.list(null, null, null, List.of(ProposalStatus.PUBLIC_COMMENT)).stream()
                .filter(p -> p.publicUntil() != null && p.publicUntil().isAfter(clock.instant()))
                .map(p -> PublicProposal.of(proposals.named(store.find(p.id()).orElseThrow())))
                .toList();
    }

    @Transactional(readOnly = true)
    public PublicProposal publicView(long id) {
        return store.find(id)
                .filter(p -> p.status() == ProposalStatus.PUBLIC_COMMENT)
                .map(proposals::named)
                .map(PublicProposal::of)
                .orElseThrow(() -> new NotFoundException(messages.get("proposal.public.notFound", id)));
    }

    /** A comment of anyone reading the public page: a name and a way to be answered are required. */
    @Transactional
    public void comment(long id, ProposalCommands.Comment command, String address) {
        ProposalView p = store.find(id)
                .filter(x -> x.status() == ProposalStatus.PUBLIC_COMMENT)
                .orElseThrow(() -> new NotFoundException(messages.get("proposal.public.notFound", id)));
        Checks.Collector check = checks.none();
        if (!p.publicUntil().isAfter(clock.instant())) {
            check.reject("body", "proposal.comment.closed");
        }
        String name = ProposalService.strip(command.authorName());
        String contact = ProposalService.strip(command.contact());
        String body = ProposalService.strip(command.body());
        if (name == null || name.length() > 200) {
            check.reject("authorName", "proposal.comment.name");
        }
        var normalized = vn.thidua.proposals.domain.CommentContact.parse(contact);
        if (normalized.isEmpty()) {
            check.reject("contact", "proposal.comment.contact");
        } else if (store.commentsFrom(id, normalized.get().value()) >= MAX_COMMENTS_PER_CONTACT) {
            check.reject("contact", "proposal.comment.tooMany", MAX_COMMENTS_PER_CONTACT);
        }
        if (address != null
                && store.commentsFromAddress(address, clock.instant().minus(java.time.Duration.ofHours(1)))
                        >= commentsPerAddressPerHour) {
            check.reject("body", "proposal.comment.tooManyFromAddress", commentsPerAddressPerHour);
        }
        if (body == null || body.length() > 4000) {
            check.reject("body", "proposal.comment.body");
        }
        if (command.candidateId() != null && p.standing().stream().noneMatch(c -> c.id() == command.candidateId())) {
            check.reject("candidateId", "proposal.comment.candidate");
        }
        check.throwIfInvalid();
        store.insertComment(id, command.candidateId(), name, normalized.get().value(), body, clock.instant(), address);
    }

    /** The board marks a comment as spam (advertising, abuse, nothing about the list): it needs no answer then. */
    @Transactional
    public ProposalView markSpam(CurrentUser user, long id, long commentId) {
        ProposalView p = proposals.locked(id, null);
        pipeline.requireActor(user, p, Actor.BOARD);
        if (p.status() != ProposalStatus.PUBLIC_COMMENT && p.status() != ProposalStatus.COUNCIL) {
            throw refused("proposal.answer.notNow");
        }
        if (p.comments().stream().noneMatch(c -> c.id() == commentId)) {
            throw new NotFoundException(
                    "proposal.comment.notFound", messages.get("proposal.comment.notFound", commentId));
        }
        if (store.markSpam(id, commentId, user.username()) == 0) {
            throw refused("proposal.comment.spamAnswered");
        }
        store.event(
                id,
                null,
                "COMMENT_SPAM",
                p.status(),
                p.status(),
                String.valueOf(commentId),
                user.username(),
                clock.instant());
        return proposals.get(user, id);
    }

    @Transactional
    public ProposalView answer(CurrentUser user, long id, long commentId, ProposalCommands.Answer command) {
        ProposalView p = proposals.locked(id, null);
        pipeline.requireActor(user, p, Actor.BOARD);
        String answer = ProposalService.strip(command.answer());
        if (answer == null || answer.length() > 4000) {
            throw refused("proposal.answer.required");
        }
        if (p.status() != ProposalStatus.PUBLIC_COMMENT && p.status() != ProposalStatus.COUNCIL) {
            throw refused("proposal.answer.notNow");
        }
        ProposalView.Comment comment = p.comments().stream()
                .filter(c -> c.id() == commentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("proposal.comment.notFound", commentId)));
        if (comment.answered() || store.answerComment(id, commentId, answer, user.username(), clock.instant()) == 0) {
            throw refused("proposal.answer.already");
        }
        store.event(id, null, "ANSWER_COMMENT", p.status(), p.status(), answer, user.username(), clock.instant());
        return proposals.get(user, id);
    }

    /**
     * Ends công khai (never before its period is over, and only with every comment answered) and puts
     * the candidates to the authority's emulation council: one vote, each candidate an option.
     */
    @Transactional
    public ProposalView closePublicComment(CurrentUser user, long id, Long version) {
        ProposalView p = proposals.locked(id, version);
        pipeline.allow(user, p, Step.CLOSE_PUBLIC_COMMENT);
        Checks.Collector check = checks.none();
        if (!new PublicCommentPeriod(p.publicFrom(), p.publicUntil()).over(clock.instant())) {
            check.reject(
                    "status",
                    "proposal.comment.periodNotOver",
                    MOMENT.format(p.publicUntil().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        }
        long unanswered = p.comments().stream()
                .filter(ProposalView.Comment::awaitingAnswer)
                .count();
        if (unanswered > 0) {
            check.reject("comments", "proposal.comment.unanswered", unanswered);
        }
        if (p.standing().isEmpty()) {
            check.reject("candidates", "proposal.submit.noCandidate");
        }
        check.throwIfInvalid();
        putToCouncil(user, p, p.standing());
        pipeline.move(user, p, Step.CLOSE_PUBLIC_COMMENT, null);
        return proposals.get(user, id);
    }

    /**
     * The council's secret ballots on these candidates: one for the Chiến sĩ thi đua titles (their
     * own, higher share) and one for the rest, each candidate an option a member ticks to approve;
     * a list longer than a ballot holds is split. Each candidate keeps its vote and option.
     */
    private void putToCouncil(CurrentUser user, ProposalView p, List<ProposalView.Candidate> candidates) {
        for (boolean cstd : new boolean[] {false, true}) {
            List<ProposalView.Candidate> group = candidates.stream()
                    .filter(c -> vn.thidua.rules.domain.VoteRule.takesCstdShare(c.award()) == cstd)
                    .toList();
            for (int from = 0; from < group.size(); from += VotingService.MAX_OPTIONS) {
                List<ProposalView.Candidate> part =
                        group.subList(from, Math.min(group.size(), from + VotingService.MAX_OPTIONS));
                List<String> labels =
                        part.stream().map(ReviewService::optionLabel).toList();
                VoteView vote = voting.create(
                        user,
                        p.blocYearId(),
                        new VoteCommand(
                                cstd ? VoteSubject.COUNCIL_CSTD_PROPOSAL : VoteSubject.COUNCIL_PROPOSAL,
                                messages.get("proposal.council.question", p.title()),
                                VoteMethod.SECRET_BALLOT,
                                labels,
                                null,
                                labels.size(),
                                VoteElectorate.COUNCIL));
                for (int i = 0; i < part.size(); i++) {
                    store.setCouncilOption(
                            part.get(i).id(), vote.id(), vote.options().get(i).id());
                }
            }
        }
    }

    /** "3. Nguyễn Văn A (Sở Tư pháp) – Chiến sĩ thi đua cấp tỉnh": unique by its number, within a ballot's 300 characters. */
    static String optionLabel(ProposalView.Candidate c) {
        String label = c.position() + ". " + c.fullName()
                + (c.kind() == vn.thidua.rules.domain.SubjectKind.INDIVIDUAL ? " (" + c.unitName() + ")" : "") + " – "
                + c.awardLabel();
        return label.length() <= VotingService.MAX_LABEL
                ? label
                : label.substring(0, VotingService.MAX_LABEL - 1) + "…";
    }

    /** A council vote without quorum is held again for its candidates; the others' results stand. */
    @Transactional
    public ProposalView revote(CurrentUser user, long id, Long version) {
        ProposalView p = proposals.locked(id, version);
        pipeline.requireActor(user, p, Actor.BOARD);
        if (p.status() != ProposalStatus.COUNCIL) {
            throw refused(
                    "proposal.step.wrongState",
                    messages.get("proposalStep.REVOTE"),
                    messages.get("proposalStatus." + p.status()));
        }
        java.util.Map<Long, VoteView> votes = new java.util.HashMap<>();
        List<ProposalView.Candidate> again = new ArrayList<>();
        for (ProposalView.Candidate c : p.standing()) {
            VoteView vote = votes.computeIfAbsent(c.councilVoteId(), v -> voting.get(user, v));
            if (vote.counted() && line(vote, c).outcome().result() == Outcome.Result.NO_QUORUM) {
                again.add(c);
            }
        }
        if (again.isEmpty()) {
            throw refused("proposal.council.nothingToRevote");
        }
        putToCouncil(user, p, again);
        store.touch(id);
        store.event(
                id,
                null,
                "COUNCIL_REVOTE",
                p.status(),
                p.status(),
                String.join(
                        ", ",
                        again.stream().map(ProposalView.Candidate::fullName).toList()),
                user.username(),
                clock.instant());
        return proposals.get(user, id);
    }

    private static VoteView.Tally.Line line(VoteView vote, ProposalView.Candidate c) {
        return vote.tally().lines().stream()
                .filter(l -> l.option().id() == c.councilOptionId())
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("candidate " + c.id() + " has no option in vote " + vote.id()));
    }

    /** Reads the council's closed vote: each candidate passes by the rule in force, or is recorded with its count. */
    @Transactional
    public ProposalView recordCouncil(CurrentUser user, long id, Long version) {
        ProposalView p = proposals.locked(id, version);
        pipeline.allow(user, p, Step.RECORD_COUNCIL);
        java.util.Map<Long, VoteView> votes = new java.util.HashMap<>();
        for (ProposalView.Candidate c : p.standing()) {
            VoteView vote = votes.computeIfAbsent(c.councilVoteId(), v -> voting.get(user, v));
            if (!vote.counted()) {
                throw refused("proposal.council.notClosed");
            }
            if (line(vote, c).outcome().result() == Outcome.Result.NO_QUORUM) {
                throw refused("proposal.council.noQuorum", c.fullName());
            }
        }
        List<String> passed = new ArrayList<>();
        for (ProposalView.Candidate c : p.standing()) {
            VoteView vote = votes.get(c.councilVoteId());
            VoteView.Tally.Line line = line(vote, c);
            Outcome o = line.outcome();
            boolean ok = o.result() == Outcome.Result.PASSED;
            String text = messages.get(
                    "proposal.council.count",
                    line.ballots(),
                    o.electorate(),
                    o.needed(),
                    messages.get(ok ? "voteResult.PASSED" : "voteResult.FAILED"),
                    vote.ruleText());
            CandidateStep step = ok ? CandidateStep.COUNCIL_PASSED : CandidateStep.COUNCIL_NOT_PASSED;
            store.setCandidateStatus(c.id(), step.after(p.status(), c.status(), Actor.BOARD), text);
            store.event(
                    id, c.id(), "CANDIDATE_" + step, p.status(), p.status(), text, user.username(), clock.instant());
            if (ok) {
                passed.add(c.fullName());
            }
        }
        pipeline.move(
                user, p, passed.isEmpty() ? Step.CLOSE_WITHOUT_AWARD : Step.RECORD_COUNCIL, String.join(", ", passed));
        return proposals.get(user, id);
    }

    private String reason(String text) {
        String reason = ProposalService.strip(text);
        if (reason == null || reason.length() < 5 || reason.length() > 2000) {
            throw refused("proposal.reason.required");
        }
        return reason;
    }

    private InvalidInputException refused(String code, Object... args) {
        return new InvalidInputException(List.of(new Violation("status", messages.get(code, args))));
    }
}
