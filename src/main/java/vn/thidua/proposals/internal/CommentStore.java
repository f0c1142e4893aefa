package vn.thidua.proposals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.proposals.domain.ProposalStatus;

/** The public's comments of công khai: how many one contact or one address sent, the board's answers, erasure. */
@Repository
public class CommentStore {

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long commentsFrom(long proposalId, String contact) {
        return jdbc.sql("SELECT count(*) FROM public_comment WHERE proposal_id = :p AND lower(contact) = lower(:k)")
                .param("p", proposalId)
                .param("k", contact)
                .query(Long.class)
                .single();
    }

    public long insertComment(
            long proposalId, Long candidateId, String name, String contact, String body, Instant at, String address) {
        return jdbc.sql("""
                INSERT INTO public_comment (proposal_id, candidate_id, author_name, contact, body, created_at, address)
                VALUES (:p, :c, :n, :k, :b, :at, :address) RETURNING id""")
                .param("p", proposalId)
                .param("c", candidateId)
                .param("n", name)
                .param("k", contact)
                .param("b", body)
                .param("at", Timestamp.from(at))
                .param("address", address)
                .query(Long.class)
                .single();
    }

    /** Comments sent from one address since a moment, on any proposal. */
    public long commentsFromAddress(String address, Instant since) {
        return jdbc.sql("SELECT count(*) FROM public_comment WHERE address = :a AND created_at >= :since")
                .param("a", address)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    public int markSpam(long proposalId, long commentId, String by) {
        return jdbc.sql("""
                UPDATE public_comment SET spam = true, marked_spam_by = :by
                WHERE id = :c AND proposal_id = :p AND answer IS NULL AND NOT spam""")
                .param("c", commentId)
                .param("p", proposalId)
                .param("by", by)
                .update();
    }

    /**
     * Erases commenters' contacts and addresses of the proposals decided or ended before {@code before}
     * (the name and the comment stay on the record); answers how many comments were erased.
     */
    public int eraseContacts(Instant before, Instant now) {
        return jdbc.sql("""
                UPDATE public_comment c SET contact = NULL, address = NULL, contact_erased_at = :now
                FROM proposal p
                WHERE p.id = c.proposal_id AND c.contact_erased_at IS NULL AND p.status IN (:finished)
                  AND p.step_started_at < :before""")
                .param("now", Timestamp.from(now))
                .param("before", Timestamp.from(before))
                .param(
                        "finished",
                        Arrays.stream(ProposalStatus.values())
                                .filter(ProposalStatus::finished)
                                .map(Enum::name)
                                .toList())
                .update();
    }

    public int answerComment(long proposalId, long commentId, String answer, String by, Instant at) {
        return jdbc.sql("""
                UPDATE public_comment SET answer = :a, answered_by = :by, answered_at = :at
                WHERE id = :c AND proposal_id = :p AND answer IS NULL""")
                .param("c", commentId)
                .param("p", proposalId)
                .param("a", answer)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }
}
