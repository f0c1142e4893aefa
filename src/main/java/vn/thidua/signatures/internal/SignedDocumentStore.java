package vn.thidua.signatures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code signed_document} (V25): the signed originals, one a document. */
@Repository
public class SignedDocumentStore {

    public record Row(
            String kind,
            long refId,
            long authorityId,
            String fileName,
            byte[] content,
            byte[] contentSha256,
            byte[] unsignedSha256,
            long signerUserId,
            String signerSubject,
            String signerSerial,
            String level,
            String how,
            Instant signedAt) {}

    public record Original(String fileName, byte[] content) {}

    /** Who signed a document and when, without its bytes: what a page shows. */
    public record Signature(String signerSubject, Instant signedAt, String how) {}

    private final JdbcClient jdbc;

    SignedDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Original> find(String kind, long refId) {
        return jdbc.sql(
                        "SELECT file_name, content FROM signed_document WHERE kind = :k AND ref_id = :r AND superseded_at IS NULL")
                .param("k", kind)
                .param("r", refId)
                .query((rs, i) -> new Original(rs.getString(1), rs.getBytes(2)))
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

    /** Whether it was stored; false when the document had been signed already (a race lost). */
    public boolean insert(Row r) {
        return jdbc.sql("""
                INSERT INTO signed_document (kind, ref_id, authority_id, file_name, content, content_sha256,
                    unsigned_sha256, signer_user_id, signer_subject, signer_serial, level, how, signed_at)
                VALUES (:kind, :ref, :authority, :name, :content, :sha, :unsigned, :signer, :subject, :serial,
                    :level, :how, :at)
                ON CONFLICT (kind, ref_id) WHERE superseded_at IS NULL DO NOTHING
                """)
                        .param("kind", r.kind())
                        .param("ref", r.refId())
                        .param("authority", r.authorityId())
                        .param("name", r.fileName())
                        .param("content", r.content())
                        .param("sha", r.contentSha256())
                        .param("unsigned", r.unsignedSha256())
                        .param("signer", r.signerUserId())
                        .param("subject", r.signerSubject())
                        .param("serial", r.signerSerial())
                        .param("level", r.level())
                        .param("how", r.how())
                        .param("at", Timestamp.from(r.signedAt()))
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
