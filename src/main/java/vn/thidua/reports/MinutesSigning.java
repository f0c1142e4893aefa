package vn.thidua.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.DocumentSigning;
import vn.thidua.signatures.SignedDocuments;

/**
 * The conference's minutes signed (ký số) by its chair and its secretary, the two places of the
 * minutes' signature block, in either order. Signable once the conference record is locked (its
 * content then no longer changes); a signature is applied by those who draft the minutes (the leading
 * unit or the board of the bloc year) with the certificate of the chair or the secretary the record
 * names. The minutes signed are those the proposal's dossier carries: of the conference's day, at the
 * authority's place, without a number; the first signature freezes them.
 */
@Service
public class MinutesSigning extends DocumentSigning {

    private final BlocService blocs;
    private final ConferenceService conferences;
    private final AuthorityService authorities;
    private final YearDocuments documents;
    private final Checks checks;
    private final Clock clock;

    MinutesSigning(
            BlocService blocs,
            ConferenceService conferences,
            AuthorityService authorities,
            YearDocuments documents,
            SignedDocuments signed,
            Checks checks,
            Clock clock) {
        super(signed);
        this.blocs = blocs;
        this.conferences = conferences;
        this.authorities = authorities;
        this.documents = documents;
        this.checks = checks;
        this.clock = clock;
    }

    /** The minutes' signatures, each place signed or awaited; empty while the conference record is not locked. */
    @Transactional(readOnly = true)
    public Optional<SignedDocuments.State> state(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        return conferences.get(scope).filter(ConferenceView::signed).map(c -> signed.state(ref(yearId), places(c)));
    }

    public boolean tokenConfigured() {
        return signed.tokenConfigured();
    }

    /** Refuses (403) anyone who does not draft the year's minutes, before the key is even read. */
    @Override
    @Transactional(readOnly = true)
    public void requireSigner(CurrentUser user, long yearId) {
        blocs.scope(user, yearId).requireLeaderOrBoard();
    }

    /**
     * The minutes as they are signed: the signed original once there is one, else the PDF the first signature takes.
     */
    @Transactional(readOnly = true)
    public DocumentService.File toSign(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        return draw(user, scope, locked(scope));
    }

    @Override
    protected SignedDocuments.Issued issued(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        ConferenceView conference = locked(scope);
        DocumentService.File pdf = draw(user, scope, conference);
        return new SignedDocuments.Issued(
                ref(yearId),
                scope.bloc().authorityId(),
                pdf.name(),
                pdf.content(),
                scope.bloc().name(),
                places(conference),
                false,
                false);
    }

    private ConferenceView locked(BlocYearScope scope) {
        ConferenceView conference =
                conferences.get(scope).orElseThrow(() -> checks.conflict("minutes.signature.noConference"));
        if (!conference.signed()) {
            throw checks.conflict("minutes.signature.notLocked");
        }
        return conference;
    }

    private DocumentService.File draw(CurrentUser user, BlocYearScope scope, ConferenceView conference) {
        ReportCommand command =
                asSigned(conference, authorities.get(scope.bloc().authorityId()).name(), clock);
        return documents.document(
                user, scope.year().id(), YearDocuments.Kind.MINUTES, command, DocumentService.Format.PDF);
    }

    /**
     * What the minutes are drawn with wherever they are not a form's: the conference's day, the authority's place, no
     * number.
     */
    public static ReportCommand asSigned(ConferenceView conference, String authorityName, Clock clock) {
        return new ReportCommand(
                null,
                conference.heldOn() != null ? conference.heldOn() : LocalDate.now(clock),
                AuthorityNames.place(authorityName),
                conference.chair());
    }

    /** The minutes' signature block: the chair, and the secretary when the record names one. */
    static List<SignedDocuments.Place> places(ConferenceView conference) {
        List<SignedDocuments.Place> places = new ArrayList<>();
        places.add(SignedDocuments.Place.named("Chủ trì hội nghị", conference.chair()));
        if (conference.secretary() != null && !conference.secretary().isBlank()) {
            places.add(SignedDocuments.Place.named("Thư ký", conference.secretary()));
        }
        return places;
    }

    static SignedDocuments.Ref ref(long yearId) {
        return new SignedDocuments.Ref(SignedDocuments.Kind.MINUTES, yearId);
    }
}
