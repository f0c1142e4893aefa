package vn.thidua.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.CycleService;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.NamesOfTheTime;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Messages;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.ScoringService;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/**
 * Gathers a bloc year's data from the features the documents are drafted from (the registry, the
 * cycle and its conference, the ranking, the counted votes, the regulation's quotas, the law in
 * force), so that the drafting itself ({@link SummaryReport}, {@link OfficialDrafts}) reads one record.
 */
@Component
record YearFacts(
        BlocService blocs,
        AuthorityService authorities,
        NamesOfTheTime names,
        CycleService cycle,
        ConferenceService conferences,
        ScoringService scoring,
        ResultService results,
        VotingService voting,
        ParameterService parameters,
        Messages messages) {

    /**
     * What the documents are drafted from; with a day ({@code on}), the authority and the proposed
     * units are named as on that day, so that a submission after a merger or rename carries the
     * successor's name; without one, as the registry names them.
     */
    SummaryReport.Facts of(CurrentUser user, BlocYearScope scope, LocalDate on) {
        BlocYearView year = scope.year();
        ResultsView ranking = scoring.round(user, year.id()).isPresent() ? results.results(user, year.id()) : null;
        Optional<BlocYearView> next = blocs.years(user, scope.bloc().id()).stream()
                .filter(y -> y.year() == year.year() + 1)
                .findFirst();
        long authority = scope.bloc().authorityId();
        AuthorityView recorded = authorities.get(authority);
        AuthorityView named = on == null ? recorded : recorded.named(names.authority(authority, on));
        return new SummaryReport.Facts(
                named,
                scope.bloc(),
                year,
                cycle.view(scope),
                ranking,
                next.orElse(null),
                messages.get("blocRole.LEADER." + scope.bloc().kind()),
                messages.get("blocRole.DEPUTY." + scope.bloc().kind()),
                conferences.get(scope).orElse(null),
                voting.ofYear(user, year.id()).stream()
                        .filter(VoteView::counted)
                        .toList(),
                year.flagQuota() != null ? year.flagQuota() : quota(scope, ParameterKey.BLOC_FLAG_QUOTA),
                quota(scope, ParameterKey.BLOC_MERIT_QUOTA),
                unit -> on == null ? unit.name() : unitName(unit.id(), on));
    }

    private String unitName(long unitId, LocalDate on) {
        NamesOfTheTime.Name name = names.unit(unitId, on);
        return name.changed() ? messages.get("names.formerly", name.name(), name.formerName()) : name.name();
    }

    /** A count the authority's regulation sets (the bloc year's own allocation comes first when it has one). */
    private int quota(BlocYearScope scope, ParameterKey key) {
        Parameter p = parameters
                .table()
                .forYear(scope.year().year(), scope.bloc().authorityId())
                .get(key);
        return p == null ? 0 : p.value().intValue();
    }

    /** The law and decree in force on the decision's date (from the rules' catalogue), then the blocs' regulation. */
    List<String> grounds(LocalDate date) {
        List<String> grounds = new ArrayList<>(parameters.instrumentsInForce(date).stream()
                .map(i -> "Căn cứ " + i.name())
                .toList());
        grounds.add("Căn cứ Quy chế tổ chức và hoạt động của các khối, cụm thi đua");
        return grounds;
    }
}
