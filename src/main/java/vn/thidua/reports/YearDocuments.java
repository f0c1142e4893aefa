package vn.thidua.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.CycleService;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.DocumentService.File;
import vn.thidua.documents.DocumentService.Format;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.NamesOfTheTime;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.rules.ParameterService;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.ScoringService;

/**
 * The documents of a bloc's year, drafted from its data, as Word (to edit) and PDF (to print): the
 * summary report, the conference's minutes (also a part of a bloc's proposal dossier), the
 * submission and the decision.
 */
@Service
public class YearDocuments {

    /** The documents of a bloc year: the leader's (or the board's) three, and the decision only the board drafts. */
    public enum Kind {
        SUMMARY("bao-cao-tong-ket"),
        MINUTES("bien-ban-hoi-nghi"),
        SUBMISSION("to-trinh"),
        DECISION("quyet-dinh");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public static Kind of(String name) {
            for (Kind kind : values()) {
                if (kind.fileName.equals(name)) {
                    return kind;
                }
            }
            return null;
        }
    }

    private final BlocService blocs;
    private final AuthorityService authorities;
    private final CycleService cycle;
    private final ScoringService scoring;
    private final ResultService results;
    private final Checks checks;
    private final Messages messages;
    private final ParameterService parameters;
    private final vn.thidua.cycle.ConferenceService conferences;
    private final vn.thidua.voting.VotingService voting;
    private final NamesOfTheTime names;

    YearDocuments(
            BlocService blocs,
            AuthorityService authorities,
            CycleService cycle,
            ScoringService scoring,
            ResultService results,
            Checks checks,
            Messages messages,
            ParameterService parameters,
            vn.thidua.cycle.ConferenceService conferences,
            vn.thidua.voting.VotingService voting,
            NamesOfTheTime names) {
        this.names = names;
        this.conferences = conferences;
        this.voting = voting;
        this.parameters = parameters;
        this.blocs = blocs;
        this.authorities = authorities;
        this.cycle = cycle;
        this.scoring = scoring;
        this.results = results;
        this.checks = checks;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public File document(CurrentUser user, long yearId, Kind kind, ReportCommand command, Format format) {
        BlocYearScope scope = blocs.scope(user, yearId);
        if (kind == Kind.DECISION) {
            scope.requireBoard();
        } else {
            scope.requireLeaderOrBoard();
        }
        checks.of(command).throwIfInvalid();
        // the report and the minutes record the year as it was; the submission and the decision are of their own day
        boolean ofItsDay = kind == Kind.SUBMISSION || kind == Kind.DECISION;
        SummaryReport.Facts facts = facts(user, scope, ofItsDay ? command.getDate() : null);
        StateDocument document = switch (kind) {
            case SUMMARY -> SummaryReport.build(facts, command);
            case MINUTES -> OfficialDrafts.minutes(facts, command);
            case SUBMISSION -> OfficialDrafts.submission(facts, command);
            case DECISION -> OfficialDrafts.decision(facts, command, grounds(command));
        };
        return DocumentService.render(
                document, kind.fileName + "-" + scope.year().year(), format);
    }

    /** The law and decree in force on the decision's date (from the rules' catalogue), then the blocs' regulation. */
    private List<String> grounds(ReportCommand command) {
        List<String> grounds = new java.util.ArrayList<>(parameters.instrumentsInForce(command.getDate()).stream()
                .map(i -> "Căn cứ " + i.name())
                .toList());
        grounds.add("Căn cứ Quy chế tổ chức và hoạt động của các khối, cụm thi đua");
        return grounds;
    }

    /**
     * What the documents are drafted from; with a day ({@code on}), the authority and the proposed
     * units are named as on that day, so that a submission after a merger or rename carries the
     * successor's name; without one, as the registry names them.
     */
    SummaryReport.Facts facts(CurrentUser user, BlocYearScope scope, java.time.LocalDate on) {
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
                        .filter(vn.thidua.voting.VoteView::counted)
                        .toList(),
                year.flagQuota() != null
                        ? year.flagQuota()
                        : quota(scope, vn.thidua.rules.domain.ParameterKey.BLOC_FLAG_QUOTA),
                quota(scope, vn.thidua.rules.domain.ParameterKey.BLOC_MERIT_QUOTA),
                unit -> on == null ? unit.name() : unitName(unit.id(), on));
    }

    private String unitName(long unitId, java.time.LocalDate on) {
        NamesOfTheTime.Name name = names.unit(unitId, on);
        return name.changed() ? messages.get("names.formerly", name.name(), name.formerName()) : name.name();
    }

    /** A count the authority's regulation sets (the bloc year's own allocation comes first when it has one). */
    private int quota(BlocYearScope scope, vn.thidua.rules.domain.ParameterKey key) {
        vn.thidua.rules.domain.Parameter p = parameters
                .table()
                .forYear(scope.year().year(), scope.bloc().authorityId())
                .get(key);
        return p == null ? 0 : p.value().intValue();
    }
}
