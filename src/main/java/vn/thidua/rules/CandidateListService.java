package vn.thidua.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.Question;
import vn.thidua.rules.domain.Quotas;

/**
 * A list of candidates a unit intends to propose (a person or collective and an award each):
 * every candidate's answer beside it, and the quotas that only a whole list can break. The
 * proposals feature builds its dossiers on the same answers.
 */
@Service
public class CandidateListService {

    private final SubjectService subjects;
    private final EligibilityService eligibility;
    private final ParameterService parameters;

    CandidateListService(SubjectService subjects, EligibilityService eligibility, ParameterService parameters) {
        this.subjects = subjects;
        this.eligibility = eligibility;
        this.parameters = parameters;
    }

    @Transactional(readOnly = true)
    public CandidateList check(CurrentUser user, long unitId, int year, Map<Long, Award> choices) {
        List<SubjectView> staff = subjects.ofUnit(user, unitId);
        List<SubjectView> chosen =
                staff.stream().filter(s -> choices.containsKey(s.id())).toList();
        Map<Long, History> histories = subjects.histories(chosen, year);
        List<Candidate> candidates = new ArrayList<>();
        for (SubjectView s : chosen) {
            Award award = choices.get(s.id());
            Answer answer = eligibility.answer(
                    new Question(year, award, CommendationType.THUONG_XUYEN, histories.get(s.id())), s.authorityId());
            candidates.add(new Candidate(s, award, answer));
        }
        long ldtt = candidates.stream()
                .filter(c -> c.award() == Award.LDTT || c.award() == Award.CSTD_CS)
                .count();
        long cstdcs =
                candidates.stream().filter(c -> c.award() == Award.CSTD_CS).count();
        Long authority = staff.isEmpty() ? null : staff.get(0).authorityId();
        Quotas.QuotaCheck share = Quotas.check(
                Quotas.Kind.CSTDCS_SHARE,
                (int) ldtt,
                (int) cstdcs,
                parameters.table().at(Question.usualConsideration(year), authority));
        return new CandidateList(staff, candidates, cstdcs == 0 ? List.of() : List.of(share));
    }

    /** A CSTĐCS is also a LĐTT of the same year, so both count in the base of a share of CSTĐCS. */
    public record CandidateList(List<SubjectView> staff, List<Candidate> candidates, List<Quotas.QuotaCheck> quotas) {}

    public record Candidate(SubjectView subject, Award award, Answer answer) {}
}
