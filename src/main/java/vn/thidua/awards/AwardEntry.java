package vn.thidua.awards;

import java.time.LocalDate;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/** One award in the registry: who received what, for which year or period, by which decision. */
public record AwardEntry(
        long id,
        long subjectId,
        SubjectKind kind,
        String subjectName,
        String position,
        long unitId,
        String unitName,
        Award award,
        String awardLabel,
        int year,
        int periodFrom,
        int periodTo,
        CommendationType type,
        String decisionNumber,
        LocalDate decisionDate,
        String decisionAuthority,
        String certificateNumber,
        String source) {

    public String label() {
        return awardLabel != null ? awardLabel : award.label();
    }

    public String period() {
        return periodFrom == periodTo ? String.valueOf(periodFrom) : periodFrom + "–" + periodTo;
    }
}
