package vn.thidua.reports;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.DocumentService.File;
import vn.thidua.documents.DocumentService.Format;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.SignedDocuments;

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
    private final YearFacts facts;
    private final Checks checks;
    private final SignedDocuments signed;

    YearDocuments(BlocService blocs, YearFacts facts, Checks checks, SignedDocuments signed) {
        this.blocs = blocs;
        this.facts = facts;
        this.checks = checks;
        this.signed = signed;
    }

    /**
     * A document of the page's form: the whole form checked (each wrong field said beside it), then this one printed.
     */
    @Transactional(readOnly = true)
    public File document(CurrentUser user, long yearId, Kind kind, YearDocumentsRequest request, Format format) {
        checks.of(request).throwIfInvalid();
        return document(user, yearId, kind, request.of(kind), format);
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
        if (kind == Kind.MINUTES && format == Format.PDF) {
            // signed minutes are their own original (MinutesSigning): whatever the form says, those bytes
            Optional<SignedDocuments.Original> original = signed.original(MinutesSigning.ref(yearId));
            if (original.isPresent()) {
                return new File(original.get().content(), original.get().fileName(), "application/pdf");
            }
        }
        // the report and the minutes record the year as it was; the submission and the decision are of their own day
        boolean ofItsDay = kind == Kind.SUBMISSION || kind == Kind.DECISION;
        SummaryReport.Facts facts = this.facts.of(user, scope, ofItsDay ? command.date() : null);
        StateDocument document = switch (kind) {
            case SUMMARY -> SummaryReport.build(facts, command);
            case MINUTES -> OfficialDrafts.minutes(facts, command);
            case SUBMISSION -> OfficialDrafts.submission(facts, command);
            case DECISION -> OfficialDrafts.decision(facts, command, this.facts.grounds(command.date()));
        };
        return DocumentService.render(
                document, kind.fileName + "-" + scope.year().year(), format);
    }
}
