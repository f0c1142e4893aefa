package vn.thidua.rules;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.thidua.org.AuthorityId;
import vn.thidua.org.UnitId;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.rules.internal.AwardRecordStore;
import vn.thidua.rules.internal.SubjectStore;

/**
 * The one writer of the subjects' award history (table {@code subject_record}) for the awards
 * entered with their decision: the registry's imports and a proposal's decision, both through the
 * awards feature, which depends on this one and so cannot be the owner. The engine judges later
 * years on these rows, and the bare facts of the eligibility pages are written beside them by
 * {@link SubjectService}, through the same store; no other feature writes the table.
 */
@Service
public record AwardRecords(AwardRecordStore records, SubjectStore subjects) {

    /**
     * An award to enter, with its subject named by id, or (a collective) by its unit, or (a person) by
     * name and unit; and its decision, certificate, where the row came from (source) and, from a
     * proposal, the decision's and the candidate's ids.
     */
    public interface Entry {
        Long subjectId();

        SubjectKind kind();

        /** The subject's unit; may be null when the subject is named by its id. */
        UnitId unitId();

        String fullName();

        String position();

        Award award();

        String awardLabel();

        int year();

        int periodFrom();

        int periodTo();

        CommendationType type();

        String decisionNumber();

        LocalDate decisionDate();

        /** The deciding authority; null when the decision came from outside the registry's authorities. */
        AuthorityId authorityId();

        String decisionAuthority();

        String certificateNumber();

        String source();

        Long decisionId();

        Long candidateId();
    }

    /** What became of an entry: entered; there already by the same decision; refused, a title being once a year. */
    public enum Outcome {
        ENTERED,
        ALREADY_RECORDED,
        TITLE_TAKEN
    }

    /** The entry's subject, found (or created) as {@link SubjectStore#findOrCreate} says. */
    public long subjectFor(Entry e) {
        return e.subjectId() != null
                ? e.subjectId()
                : subjects.findOrCreate(e.kind(), e.unitId().value(), e.fullName(), e.position());
    }

    /**
     * Enters the award in the caller's transaction unless the history has it by the same decision
     * (number and date; two imports racing are settled by the unique index). An emulation title is
     * given once a year at most: a second one of the same year is not entered.
     */
    public Outcome enter(long subjectId, Entry e) {
        if (e.award().isTitle()) {
            if (records.recorded(subjectId, e)) {
                return Outcome.ALREADY_RECORDED;
            }
            if (records.titleTaken(subjectId, e.award(), e.year())) {
                return Outcome.TITLE_TAKEN;
            }
        }
        return records.insertIfAbsent(subjectId, e).isPresent() ? Outcome.ENTERED : Outcome.ALREADY_RECORDED;
    }
}
