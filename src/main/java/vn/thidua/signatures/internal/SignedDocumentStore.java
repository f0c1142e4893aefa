package vn.thidua.signatures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code signed_document} (V25: the signed originals, one a document, its content the latest
 * signed revision) and {@code document_signature} (V26: each signature of one, one a place).
 */
@Repository
public class SignedDocumentStore {

    /** A document's first signature: the original as first signed, and who signed it in which place. */
    public record Row(
            String kind,
            long refId,
            long authorityId,
            String fileName,
            byte[] content,
            byte[] contentSha256,
            byte[] unsignedSha256,
            Signer signer) {}

    /** One signature: the place it fills (its index in the feature's list, title and name) and its signer. */
    public record Signer(
            int place,
            String placeTitle,
            String placeName,
            long userId,
            String subject,
            String serial,
            String level,
            String how,
            Instant signedAt) {}

    /** The standing original: its latest signed revision, and that revision's hash to add the next one on. */
    public record Original(long id, String fileName, byte[] content, byte[] contentSha256) {}

    /** Who signed a document and when, without its bytes: what a page shows. */
    public record Signature(String signerSubject, Instant signedAt, String how) {}

    /** A signature of a place, as a page shows it. */
    public record Filled(int place, String signerSubject, Instant signedAt, String how) {}

    private final JdbcClient jdbc;

    SignedDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Original> find(String kind, long refId) {
        return jdbc.sql("SELECT id, file_name, content, content_sha256 FROM signed_document"
                        + " WHERE kind = :k AND ref_id = :r AND superseded_at IS NULL")
                .param("k", kind)
                .param("r", refId)
                .query((rs, i) -> new Original(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4)))
                .optional();
    }

    public Optional<Signature> signature(String kind, long refId) {
        return jdbc.sql(
                        "SELECT signer_subject, signed_at, how FROM signed_document WHERE kind = :k AND ref_id = :r AND superseded_at IS NULL")
                .param("k", kind)
                .param("r", refId)
                .query((rs, i) ->
                        new Signature(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }

    /** The signatures of the standing original of a document, by place; none while it is unsigned. */
    public List<Filled> signatures(String kind, long refId) {
        return jdbc.sql("""
                SELECT s.place, s.signer_subject, s.signed_at, s.how
                FROM document_signature s JOIN signed_document d ON d.id = s.signed_document_id
                WHERE d.kind = :k AND d.ref_id = :r AND d.superseded_at IS NULL
                ORDER BY s.place
                """)
                .param("k", kind)
                .param("r", refId)
                .query((rs, i) -> new Filled(
                        rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** Marks the standing original of a document superseded (kept, no longer served); whether there was one. */
    public boolean supersede(String kind, long refId, Instant at) {
        return jdbc.sql("UPDATE signed_document SET superseded_at = :at"
                                + " WHERE kind = :k AND ref_id = :r AND superseded_at IS NULL")
                        .param("at", Timestamp.from(at))
                        .param("k", kind)
                        .param("r", refId)
                        .update()
                > 0;
    }

    /**
     * The first signed revision with its first signature and any more the same file carries; whether it
     * was stored: false when the document had been signed already (a race lost).
     */
    public boolean insert(Row r, List<Signer> more) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO signed_document (kind, ref_id, authority_id, file_name, content, content_sha256,
                    unsigned_sha256, signer_user_id, signer_subject, signer_serial, level, how, signed_at)
                VALUES (:kind, :ref, :authority, :name, :content, :sha, :unsigned, :signer, :subject, :serial,
                    :level, :how, :at)
                ON CONFLICT (kind, ref_id) WHERE superseded_at IS NULL DO NOTHING
                RETURNING id
                """)
                .param("kind", r.kind())
                .param("ref", r.refId())
                .param("authority", r.authorityId())
                .param("name", r.fileName())
                .param("content", r.content())
                .param("sha", r.contentSha256())
                .param("unsigned", r.unsignedSha256())
                .param("signer", r.signer().userId())
                .param("subject", r.signer().subject())
                .param("serial", r.signer().serial())
                .param("level", r.signer().level())
                .param("how", r.signer().how())
                .param("at", Timestamp.from(r.signer().signedAt()))
                .query(Long.class)
                .optional();
        id.ifPresent(d -> {
            insertSignature(d, r.signer());
            more.forEach(s -> insertSignature(d, s));
        });
        return id.isPresent();
    }

    /**
     * A later signature: the new revision replaces the stored one only if that is still the revision it
     * was made on (else another signature came first: false, nothing changed), with one row a signature.
     */
    public boolean addRevision(
            long documentId, byte[] onSha256, byte[] content, byte[] contentSha256, List<Signer> signers) {
        int updated = jdbc.sql("UPDATE signed_document SET content = :content, content_sha256 = :sha"
                        + " WHERE id = :id AND content_sha256 = :on AND superseded_at IS NULL")
                .param("content", content)
                .param("sha", contentSha256)
                .param("id", documentId)
                .param("on", onSha256)
                .update();
        if (updated == 0) {
            return false;
        }
        for (Signer s : signers) {
            if (!insertSignature(documentId, s)) {
                throw new OptimisticLockingFailureException(
                        "place " + s.place() + " of document " + documentId + " signed meanwhile");
            }
        }
        return true;
    }

    private boolean insertSignature(long documentId, Signer s) {
        return jdbc.sql("""
                INSERT INTO document_signature (signed_document_id, place, place_title, place_name, signer_user_id,
                    signer_subject, signer_serial, level, how, signed_at)
                VALUES (:doc, :place, :title, :name, :user, :subject, :serial, :level, :how, :at)
                ON CONFLICT ON CONSTRAINT document_signature_one_a_place DO NOTHING
                """)
                        .param("doc", documentId)
                        .param("place", s.place())
                        .param("title", s.placeTitle())
                        .param("name", s.placeName())
                        .param("user", s.userId())
                        .param("subject", s.subject())
                        .param("serial", s.serial())
                        .param("level", s.level())
                        .param("how", s.how())
                        .param("at", Timestamp.from(s.signedAt()))
                        .update()
                > 0;
    }

    /** The account's e-mail address, to tell whether a certificate is its holder's. */
    public Optional<String> email(long userId) {
        return jdbc.sql("SELECT email FROM app_user WHERE id = :id AND email IS NOT NULL")
                .param("id", userId)
                .query(String.class)
                .optional();
    }
}
