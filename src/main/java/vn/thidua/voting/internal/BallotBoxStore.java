package vn.thidua.voting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.voting.domain.Elector;

/**
 * The encrypted side of a secret ballot: the counting committee and its keys and partial
 * decryptions, the encrypted ballots (no voter, time or order column), the written opinions
 * waiting for their second person. See docs/voting-secrecy.md.
 */
@Repository
public class BallotBoxStore {

    private final JdbcClient jdbc;

    BallotBoxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record TrusteeRow(
            long id,
            long voteId,
            String username,
            String label,
            String publicKey,
            String commitment,
            String response,
            Instant registeredAt,
            String decryption,
            Instant decryptedAt) {

        public boolean registered() {
            return publicKey != null;
        }

        public boolean decrypted() {
            return decryption != null;
        }
    }

    public void replaceTrustees(long voteId, List<String[]> usernameAndLabel) {
        jdbc.sql("DELETE FROM vote_trustee WHERE vote_id = :v")
                .param("v", voteId)
                .update();
        jdbc.sql("UPDATE vote SET public_key = NULL WHERE id = :v")
                .param("v", voteId)
                .update();
        for (String[] trustee : usernameAndLabel) {
            jdbc.sql("INSERT INTO vote_trustee (vote_id, username, label) VALUES (:v, :u, :l)")
                    .param("v", voteId)
                    .param("u", trustee[0])
                    .param("l", trustee[1])
                    .update();
        }
    }

    public List<TrusteeRow> trustees(long voteId) {
        return jdbc.sql("SELECT * FROM vote_trustee WHERE vote_id = :v ORDER BY id")
                .param("v", voteId)
                .query((rs, i) -> trustee(rs))
                .list();
    }

    /** Records a trustee's key share once; false when it had one already. */
    public boolean registerKey(long trusteeId, String publicKey, String commitment, String response, Instant at) {
        return jdbc.sql("""
                UPDATE vote_trustee SET public_key = :k, key_commitment = :c, key_response = :r, registered_at = :at
                WHERE id = :id AND public_key IS NULL""")
                        .param("id", trusteeId)
                        .param("k", publicKey)
                        .param("c", commitment)
                        .param("r", response)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public void setPublicKey(long voteId, String publicKey) {
        jdbc.sql("UPDATE vote SET public_key = :k WHERE id = :v")
                .param("v", voteId)
                .param("k", publicKey)
                .update();
    }

    public boolean saveDecryption(long trusteeId, String json, Instant at) {
        return jdbc.sql("""
                UPDATE vote_trustee SET decryption = CAST(:d AS jsonb), decrypted_at = :at
                WHERE id = :id AND decryption IS NULL""")
                        .param("id", trusteeId)
                        .param("d", json)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public void setEncryptedTotals(long voteId, String json) {
        jdbc.sql("UPDATE vote SET encrypted_totals = CAST(:t AS jsonb) WHERE id = :v")
                .param("v", voteId)
                .param("t", json)
                .update();
    }

    /** Keeps an encrypted ballot; false when the very same ballot is already in the box (a copy). */
    public boolean putBallot(long voteId, String trackingCode, String json) {
        return jdbc.sql("""
                INSERT INTO vote_encrypted_ballot (vote_id, tracking_code, ballot) VALUES (:v, :t, CAST(:b AS jsonb))
                ON CONFLICT DO NOTHING""")
                        .param("v", voteId)
                        .param("t", trackingCode)
                        .param("b", json)
                        .update()
                == 1;
    }

    public record StoredBallot(String trackingCode, String ballot) {}

    /** The ballots in the order of their tracking codes, which says nothing of when they were cast. */
    public List<StoredBallot> ballots(long voteId) {
        return jdbc.sql(
                        "SELECT tracking_code, ballot::text AS ballot FROM vote_encrypted_ballot WHERE vote_id = :v ORDER BY tracking_code")
                .param("v", voteId)
                .query((rs, i) -> new StoredBallot(rs.getString("tracking_code"), rs.getString("ballot")))
                .list();
    }

    public record WrittenRow(
            long voteId,
            Elector elector,
            String choice,
            String letterName,
            String letterType,
            String enteredBy,
            Instant enteredAt,
            String confirmedBy,
            Instant confirmedAt) {

        public boolean confirmed() {
            return confirmedBy != null;
        }
    }

    /** Enters a written opinion; false when one is already entered for the elector. */
    public boolean enterWritten(
            long voteId,
            Elector elector,
            String choiceJson,
            byte[] letter,
            String letterName,
            String letterType,
            String by,
            Instant at) {
        return jdbc.sql("""
                INSERT INTO vote_written_opinion (vote_id, elector, choice, letter, letter_name, letter_type,
                    entered_by, entered_at)
                VALUES (:v, :e, CAST(:c AS jsonb), :letter, :name, :type, :by, :at) ON CONFLICT DO NOTHING""")
                        .param("v", voteId)
                        .param("e", ElectorColumn.write(elector))
                        .param("c", choiceJson)
                        .param("letter", letter)
                        .param("name", letterName)
                        .param("type", letterType)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public Optional<WrittenRow> written(long voteId, Elector elector) {
        return jdbc.sql("SELECT * FROM vote_written_opinion WHERE vote_id = :v AND elector = :e FOR UPDATE")
                .param("v", voteId)
                .param("e", ElectorColumn.write(elector))
                .query((rs, i) -> written(rs))
                .optional();
    }

    public List<WrittenRow> written(long voteId) {
        return jdbc.sql("SELECT * FROM vote_written_opinion WHERE vote_id = :v ORDER BY entered_at")
                .param("v", voteId)
                .query((rs, i) -> written(rs))
                .list();
    }

    /** The second person's confirmation; the choice is erased, the ballot it became is encrypted in the box. */
    public void confirmWritten(long voteId, Elector elector, String by, Instant at) {
        jdbc.sql("""
                UPDATE vote_written_opinion SET confirmed_by = :by, confirmed_at = :at, choice = NULL
                WHERE vote_id = :v AND elector = :e""")
                .param("v", voteId)
                .param("e", ElectorColumn.write(elector))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void forgetUnconfirmedChoices(long voteId) {
        jdbc.sql("UPDATE vote_written_opinion SET choice = NULL WHERE vote_id = :v AND confirmed_by IS NULL")
                .param("v", voteId)
                .update();
    }

    public void dropWritten(long voteId, Elector elector) {
        jdbc.sql("DELETE FROM vote_written_opinion WHERE vote_id = :v AND elector = :e AND confirmed_by IS NULL")
                .param("v", voteId)
                .param("e", ElectorColumn.write(elector))
                .update();
    }

    public Optional<byte[]> letter(long voteId, Elector elector) {
        return jdbc.sql("SELECT letter FROM vote_written_opinion WHERE vote_id = :v AND elector = :e")
                .param("v", voteId)
                .param("e", ElectorColumn.write(elector))
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }

    private static WrittenRow written(ResultSet rs) throws SQLException {
        return new WrittenRow(
                rs.getLong("vote_id"),
                ElectorColumn.read(rs.getString("elector")),
                rs.getString("choice"),
                rs.getString("letter_name"),
                rs.getString("letter_type"),
                rs.getString("entered_by"),
                instant(rs, "entered_at"),
                rs.getString("confirmed_by"),
                instant(rs, "confirmed_at"));
    }

    private static TrusteeRow trustee(ResultSet rs) throws SQLException {
        return new TrusteeRow(
                rs.getLong("id"),
                rs.getLong("vote_id"),
                rs.getString("username"),
                rs.getString("label"),
                rs.getString("public_key"),
                rs.getString("key_commitment"),
                rs.getString("key_response"),
                instant(rs, "registered_at"),
                rs.getString("decryption"),
                instant(rs, "decrypted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
