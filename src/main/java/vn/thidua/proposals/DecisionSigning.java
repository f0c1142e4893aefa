package vn.thidua.proposals;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.SignedDocuments;

/**
 * The decider signs the issued decision (ký số), in the product with its key or outside with its own
 * tool and then uploads it; the signed file becomes the decision's original. Only the decider of the
 * proposal's authority signs, once the decision is recorded.
 */
@Service
public class DecisionSigning extends SignedDossierDocument {

    private final DossierService dossier;
    private final Checks checks;
    private final AuthorityService authorities;

    DecisionSigning(
            ProposalReading proposals,
            DossierService dossier,
            SignedDocuments signed,
            Checks checks,
            AuthorityService authorities) {
        super(proposals, signed);
        this.authorities = authorities;
        this.dossier = dossier;
        this.checks = checks;
    }

    /** Who signed the decision of a proposal the user has read, and when; empty while it is unsigned. */
    @Transactional(readOnly = true)
    public Optional<SignedDocuments.Signature> signature(ProposalView p) {
        return p.decision() == null ? Optional.empty() : signed.signature(ref(p));
    }

    /** Whether signing in the product may use the server's token (its PIN) beside a PKCS#12 file. */
    public boolean tokenConfigured() {
        return signed.tokenConfigured();
    }

    /**
     * The decision's two places: the decider's, then the issuing body's own signature (Decree 30/2020), its
     * seal over the left third of the decider's; each signed or awaited. Empty while there is no decision.
     */
    @Transactional(readOnly = true)
    public Optional<SignedDocuments.State> state(CurrentUser user, ProposalView p) {
        return p.decision() == null ? Optional.empty() : Optional.of(signed.state(ref(p), places(user, p)));
    }

    /** Whether the user applies the body's signature now: a board member of the authority, once the decider signed. */
    @Transactional(readOnly = true)
    public boolean appliesTheBodysSignature(CurrentUser user, ProposalView p) {
        return p.decision() != null
                && user.isBoardOf(p.authorityId())
                && !user.isDeciderOf(p.authorityId())
                && signed.original(ref(p)).isPresent();
    }

    /**
     * Refuses (403) anyone but the decider of the proposal's authority, and, once the decider signed, a board
     * member of it for the body's signature, before the key is even read.
     */
    @Override
    protected void requireSigner(CurrentUser user, ProposalView p) {
        if (!user.isDeciderOf(p.authorityId()) && !appliesTheBodysSignature(user, p)) {
            throw checks.forbidden("proposal.decision.signForbidden");
        }
    }

    @Override
    protected SignedDocuments.Issued issued(CurrentUser user, long id) {
        ProposalView p = proposals.get(user, id);
        requireSigner(user, p);
        if (p.decision() == null) {
            throw checks.refusal("decision", "proposal.decision.none");
        }
        boolean started = signed.original(ref(p)).isPresent();
        if (started && user.isDeciderOf(p.authorityId())) {
            // the decider's own place is filled: the body's signature is the board's
            throw checks.conflict("signature.alreadySigned");
        }
        DocumentService.File pdf =
                dossier.document(user, id, DossierService.Document.DECISION, null, DocumentService.Format.PDF);
        return new SignedDocuments.Issued(
                ref(p), p.authorityId(), pdf.name(), pdf.content(), p.authorityName(), places(user, p), true, true);
    }

    private List<SignedDocuments.Place> places(CurrentUser user, ProposalView p) {
        AuthorityView authority = authorities.get(p.authorityId());
        String body = AuthorityNames.issuingBody(authority.name(), authority.kind() == AuthorityKind.PROVINCE);
        return List.of(
                SignedDocuments.Place.signer("Người quyết định", p.decision().signerName(), user),
                SignedDocuments.Place.organisation(
                        "Cơ quan ban hành", p.decision().signerName(), body));
    }

    private static SignedDocuments.Ref ref(ProposalView p) {
        return new SignedDocuments.Ref(SignedDocuments.Kind.DECISION, p.id());
    }
}
