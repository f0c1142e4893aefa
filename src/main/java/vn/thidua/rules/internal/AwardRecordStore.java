package vn.thidua.rules.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.rules.AwardRecords;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.History;

/**
 * Every statement that writes {@code subject_record}, the history the eligibility engine judges later
 * years on (OwnedTablesTest holds the rest of the code to it): the bare facts of the eligibility
 * pages and the awards entered with their decision.
 */
@Repository
public class AwardRecordStore {

    private final JdbcClient jdbc;

    AwardRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subject's awards as bare facts (no decision), replacing what it had. */
    void replaceFacts(long subjectId, List<History.AwardRecord> records) {
        jdbc.sql("DELETE FROM subject_record WHERE subject_id = :s")
                .param("s", subjectId)
                .update();
        for (History.AwardRecord r : records) {
            award("""
                            INSERT INTO subject_record (subject_id, year, award, period_from, period_to,
                                commendation_type, is_title)
                            VALUES (:s, :year, :award, :from, :to, :type, :title)""", subjectId, r.year(), r.award(), r.periodFrom(), r.periodTo(), r.type())
                    .update();
        }
    }

    public boolean titleTaken(long subjectId, Award award, int year) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM subject_record WHERE subject_id = :s AND award = :a AND year = :y AND is_title)""")
                .param("s", subjectId)
                .param("a", award.name())
                .param("y", year)
                .query(Boolean.class)
                .single();
    }

    /**
     * Enters the award unless the history has it already: the same subject, award, decision number and
     * decision date (unique index subject_record_decision_once, which also settles two imports racing).
     * Empty when it was there.
     */
    public Optional<Long> insertIfAbsent(long subjectId, AwardRecords.Entry a) {
        return award("""
                        INSERT INTO subject_record (subject_id, year, award, period_from, period_to, commendation_type,
                            is_title,
                               decision_number, decision_date, authority_id, award_label, decision_authority,
                                   certificate_number,
                               source, decision_id, candidate_id)
                        VALUES (:s, :year, :award, :from, :to, :type, :title, :dn, :dd, :auth, :label, :da, :cert,
                            :src, :dec, :cand)
                        ON CONFLICT (subject_id, award, decision_number, decision_date) DO NOTHING
                        RETURNING id""", subjectId, a.year(), a.award(), a.periodFrom(), a.periodTo(), a.type())
                .param("dn", a.decisionNumber())
                .param("dd", a.decisionDate())
                .param("auth", a.authorityId() == null ? null : a.authorityId().value())
                .param("label", a.awardLabel())
                .param("da", a.decisionAuthority())
                .param("cert", a.certificateNumber())
                .param("src", a.source())
                .param("dec", a.decisionId())
                .param("cand", a.candidateId())
                .query(Long.class)
                .optional();
    }

    /** A statement writing one award of a subject, with the columns every row has bound. */
    private JdbcClient.StatementSpec award(
            String sql, long subjectId, int year, Award award, int from, int to, CommendationType type) {
        return jdbc.sql(sql)
                .param("s", subjectId)
                .param("year", year)
                .param("award", award.name())
                .param("from", from)
                .param("to", to)
                .param("type", type.name())
                .param("title", award.isTitle());
    }

    /** Whether the history has this award of this subject by the same decision (number and date). */
    public boolean recorded(long subjectId, AwardRecords.Entry a) {
        return a.decisionNumber() != null
                && a.decisionDate() != null
                && jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM subject_record WHERE subject_id = :s AND award = :a
                    AND decision_number = :dn
                                 AND decision_date = :dd)""")
                        .param("s", subjectId)
                        .param("a", a.award().name())
                        .param("dn", a.decisionNumber())
                        .param("dd", a.decisionDate())
                        .query(Boolean.class)
                        .single();
    }
}
