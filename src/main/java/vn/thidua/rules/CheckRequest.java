package vn.thidua.rules;

import java.util.List;

/**
 * POST /api/v1/eligibility/check, exactly as shared/domain/eligibility-api.md writes it, with the
 * optional {@code consideredOn} (yyyy-MM-dd: the day the proposal is considered, which chooses the
 * regime; default 1 January of the year after {@code year}). Codes and the date arrive as strings so that
 * a wrong one is refused with a message naming its field.
 */
public record CheckRequest(
        Integer year,
        String award,
        String commendationType,
        SubjectFacts subject,
        Long subjectId,
        String consideredOn) {

    public CheckRequest(Integer year, String award, String commendationType, SubjectFacts subject, Long subjectId) {
        this(year, award, commendationType, subject, subjectId, null);
    }

    public record SubjectFacts(
            String kind,
            List<RecordFact> records,
            List<RatingFact> ratings,
            List<InitiativeFact> initiatives,
            List<DisciplineFact> disciplines,
            Integer monthsWorked,
            MemberCounts members) {}

    public record RecordFact(
            Integer year, String award, Integer periodFrom, Integer periodTo, String commendationType) {}

    public record RatingFact(Integer year, String rating) {}

    public record InitiativeFact(Integer year, String level, String usedFor) {}

    public record DisciplineFact(Integer year, String level) {}

    public record MemberCounts(Integer total, Integer ldtt, Integer completedTasks, Integer cstdcs) {}
}
