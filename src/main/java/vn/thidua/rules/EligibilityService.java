package vn.thidua.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.EligibilityEngine;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.Question;
import vn.thidua.rules.domain.Verdict;

/** Answers the eligibility question of the public contract, from given facts or a stored subject. */
@Service
public class EligibilityService {

    private final EligibilityEngine engine = new EligibilityEngine();
    private final ParameterService parameters;
    private final SubjectService subjects;
    private final Checks checks;
    private final QuestionYears years;
    private final QuestionScope scope;

    EligibilityService(
            ParameterService parameters,
            SubjectService subjects,
            Checks checks,
            QuestionYears years,
            QuestionScope scope) {
        this.scope = scope;
        this.parameters = parameters;
        this.subjects = subjects;
        this.checks = checks;
        this.years = years;
    }

    @Transactional(readOnly = true)
    public CheckResponse check(CurrentUser user, CheckRequest request) {
        Checks.Collector check = checks.of(request);
        ContractMapper mapper = new ContractMapper(check, years.bounds());
        Integer year = mapper.year(request.year(), "year");
        Award award = mapper.award(request.award(), "award");
        CommendationType type = mapper.type(request.commendationType(), "commendationType");
        LocalDate consideredOn = mapper.consideredOn(request.consideredOn(), year, "consideredOn");
        History history = null;
        Long authorityId = scope.authorityOf(user);
        if (request.subject() != null && request.subjectId() != null) {
            check.reject("subjectId", "eligibility.subject.both");
        } else if (request.subject() != null) {
            history = mapper.history(request.subject(), "subject");
        } else if (request.subjectId() != null) {
            SubjectView subject = subjects.readable(user, request.subjectId());
            authorityId = authorityFor(user, subject);
            if (year != null) {
                history = subjects.historyOf(subject.id(), subject.kind(), subject.unitId(), subject.fullName(), year);
            }
        } else {
            check.reject("subject", "eligibility.subject.required");
        }
        check.throwIfInvalid();
        return CheckResponse.of(answer(new Question(year, award, type, history, consideredOn), authorityId));
    }

    /** The asker's province's rules, which are the subject's own unless its province was merged into the asker's. */
    public Long authorityFor(CurrentUser user, SubjectView subject) {
        Long own = scope.authorityOf(user);
        return own != null ? own : subject.authorityId();
    }

    /** Under the regime and values in force on the day the question's proposal is considered. */
    public Answer answer(Question question, Long authorityId) {
        return engine.check(question, parameters.table().at(question.consideredOn(), authorityId));
    }

    /** The awards found eligible or to check, with their reasons; the others are only counted out. */
    public Map<Award, Answer> screen(int year, History history, Long authorityId) {
        return answers(year, history, authorityId, false);
    }

    /** Every award that fits the subject, with its full answer, for a proposal considered on that day. */
    public Map<Award, Answer> answers(int year, History history, Long authorityId, LocalDate consideredOn) {
        return answers(year, history, authorityId, true, consideredOn);
    }

    private Map<Award, Answer> answers(int year, History history, Long authorityId, boolean notEligibleToo) {
        return answers(year, history, authorityId, notEligibleToo, Question.usualConsideration(year));
    }

    private Map<Award, Answer> answers(
            int year, History history, Long authorityId, boolean notEligibleToo, LocalDate consideredOn) {
        Map<Award, Answer> answers = new EnumMap<>(Award.class);
        var parameters = this.parameters.table().at(consideredOn, authorityId);
        for (Award award : Award.values()) {
            if (award.isFor(history.kind())) {
                Question question = new Question(year, award, CommendationType.THUONG_XUYEN, history, consideredOn);
                if (notEligibleToo || engine.verdict(question, parameters) != Verdict.NOT_ELIGIBLE) {
                    answers.put(award, engine.check(question, parameters));
                }
            }
        }
        return answers;
    }
}
