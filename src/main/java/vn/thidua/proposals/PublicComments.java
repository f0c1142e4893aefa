package vn.thidua.proposals;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.domain.CommentContact;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.internal.CommentStore;
import vn.thidua.proposals.internal.ProposalRows;

/** Công khai: the public list anyone reads, the public's comments, and the board's answers to them. */
@Service
public class PublicComments {

    /** Enough for a person to say what they know; a flood from one address cannot hold the council back. */
    static final int MAX_COMMENTS_PER_CONTACT = 3;

    private final ProposalRows rows;
    private final CommentStore store;
    private final ProposalSteps steps;
    private final ProposalReading reading;
    private final Checks checks;
    private final Clock clock;

    /** One place (a household, an office) comments this often at most: enough for people, not for a script. */
    private final int commentsPerAddressPerHour;

    PublicComments(
            ProposalRows rows,
            CommentStore store,
            ProposalSteps steps,
            ProposalReading reading,
            Checks checks,
            Clock clock,
            @Value("${thidua.public-comment.per-address-per-hour:10}") int commentsPerAddressPerHour) {
        this.rows = rows;
        this.store = store;
        this.steps = steps;
        this.reading = reading;
        this.checks = checks;
        this.clock = clock;
        this.commentsPerAddressPerHour = commentsPerAddressPerHour;
    }

    /** The proposals in công khai now, for the page anyone may read. */
    @Transactional(readOnly = true)
    public List<PublicProposal> publicList() {
        return rows.list(null, null, null, List.of(ProposalStatus.PUBLIC_COMMENT)).stream()
                .filter(p -> p.publicUntil() != null && p.publicUntil().isAfter(clock.instant()))
                .map(p -> PublicProposal.of(reading.named(rows.find(p.id()).orElseThrow())))
                .toList();
    }

    @Transactional(readOnly = true)
    public PublicProposal publicView(long id) {
        return inPublicComment(id).map(reading::named).map(PublicProposal::of).orElseThrow(() -> notPublic(id));
    }

    private Optional<ProposalView> inPublicComment(long id) {
        return rows.find(id).filter(p -> p.status() == ProposalStatus.PUBLIC_COMMENT);
    }

    private RuntimeException notPublic(long id) {
        return checks.notFound("proposal.public.notFound", id);
    }

    /** A comment of anyone reading the public page: a name and a way to be answered are required. */
    @Transactional
    public void comment(long id, ProposalCommands.Comment command, String address) {
        ProposalView p = inPublicComment(id).orElseThrow(() -> notPublic(id));
        Checks.Collector check = checks.none();
        if (!p.publicUntil().isAfter(clock.instant())) {
            check.reject("body", "proposal.comment.closed");
        }
        String name = FormText.strip(command.authorName());
        String contact = FormText.strip(command.contact());
        String body = FormText.strip(command.body());
        if (name == null || name.length() > 200) {
            check.reject("authorName", "proposal.comment.name");
        }
        Optional<CommentContact> normalized = CommentContact.parse(contact);
        if (normalized.isEmpty()) {
            check.reject("contact", "proposal.comment.contact");
        } else if (store.commentsFrom(id, normalized.get().value()) >= MAX_COMMENTS_PER_CONTACT) {
            check.reject("contact", "proposal.comment.tooMany", MAX_COMMENTS_PER_CONTACT);
        }
        if (address != null
                && store.commentsFromAddress(address, clock.instant().minus(Duration.ofHours(1)))
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
    public ProposalView markSpam(CurrentUser user, long id, long commentId, ProposalCommands.Version command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        return steps.take(user, p, () -> p.proposal().markSpam(p.roles(), commentId));
    }

    @Transactional
    public ProposalView answer(CurrentUser user, long id, long commentId, ProposalCommands.Answer command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        String answer = FormText.strip(command.answer());
        if (answer == null || answer.length() > 4000) {
            steps.check(() -> p.proposal().answer(p.roles(), commentId, ""));
            throw checks.refusal("answer", "proposal.answer.required");
        }
        return steps.take(user, p, () -> p.proposal().answer(p.roles(), commentId, answer));
    }
}
