package vn.thidua.rules;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.Parameters;
import vn.thidua.rules.domain.Question;
import vn.thidua.rules.domain.Quotas;

/** Quotas over whole lists of proposals, and the council's vote rules, for the year and authority asked. */
@Service
public class QuotaService {

    private final ParameterService parameters;
    private final BlocService blocs;
    private final Checks checks;
    private final QuestionYears years;
    private final QuestionScope scope;

    QuotaService(
            ParameterService parameters, BlocService blocs, Checks checks, QuestionYears years, QuestionScope scope) {
        this.scope = scope;
        this.parameters = parameters;
        this.blocs = blocs;
        this.checks = checks;
        this.years = years;
    }

    @Transactional(readOnly = true)
    public List<CouncilVoteRule> voteRules(CurrentUser user, int year) {
        requireYear(year, "year");
        Parameters p = parameters.table().forYear(year, scope.authorityOf(user));
        return Arrays.stream(Award.values()).map(a -> CouncilVoteRule.of(a, p)).toList();
    }

    @Transactional(readOnly = true)
    public Quotas.QuotaCheck check(CurrentUser user, QuotaRequest request) {
        Checks.Collector check = checks.of(request);
        Quotas.Kind kind = null;
        try {
            kind = Quotas.Kind.valueOf(String.valueOf(request.rule()));
        } catch (IllegalArgumentException e) {
            check.reject("rule", "quota.rule.unknown", String.valueOf(request.rule()));
        }
        if (request.year() == null || !years.bounds().contains(request.year())) {
            check.reject(
                    "year",
                    "eligibility.year.outOfRange",
                    years.bounds().first(),
                    years.bounds().last());
        }
        if (request.proposed() == null || request.proposed() < 0) {
            check.reject("proposed", "eligibility.count.negative");
        }
        if (request.base() != null && request.base() < 0) {
            check.reject("base", "eligibility.count.negative");
        }
        check.throwIfInvalid();
        Integer base = request.base();
        Long authority = scope.authorityOf(user);
        if (kind == Quotas.Kind.BLOC_FLAGS && request.blocId() != null) {
            var bloc = blocs.get(user, request.blocId());
            authority = bloc.authorityId();
            base = blocs.years(user, bloc.id()).stream()
                    .filter(y -> y.year() == request.year())
                    .findFirst()
                    .map(y -> y.flagQuota())
                    .orElse(null);
        }
        // a list of proposals for a year's achievements is considered early the next year, under the rules of then
        return Quotas.check(
                kind,
                base,
                request.proposed(),
                parameters.table().at(Question.usualConsideration(request.year()), authority));
    }

    private void requireYear(int year, String field) {
        Checks.Collector check = checks.none();
        if (!years.bounds().contains(year)) {
            check.reject(
                    field,
                    "eligibility.year.outOfRange",
                    years.bounds().first(),
                    years.bounds().last());
        }
        check.throwIfInvalid();
    }

    /**
     * rule: CSTDCS_SHARE (base = LĐTT count), CO_CP_SHARE (base = holders of the provincial standard), BLOC_FLAGS
     * (blocId or base = quota).
     */
    public record QuotaRequest(String rule, Integer year, Integer base, Integer proposed, Long blocId) {}
}
