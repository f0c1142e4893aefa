package vn.thidua.awards;

import java.time.LocalDate;
import vn.thidua.org.AuthorityId;
import vn.thidua.org.UnitId;
import vn.thidua.rules.AwardRecords;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/**
 * An award to enter in the registry. The subject is named by its id, or (for a collective) by its
 * unit, or (for a person) by name and unit: an existing record of that person in the unit is reused.
 */
public record NewAward(
        Long subjectId,
        SubjectKind kind,
        UnitId unitId,
        String fullName,
        String position,
        Award award,
        String awardLabel,
        int year,
        int periodFrom,
        int periodTo,
        CommendationType type,
        String decisionNumber,
        LocalDate decisionDate,
        AuthorityId authorityId,
        String decisionAuthority,
        String certificateNumber,
        String source,
        Long decisionId,
        Long candidateId)
        implements AwardRecords.Entry {}
