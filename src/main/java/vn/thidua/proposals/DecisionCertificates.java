package vn.thidua.proposals;

import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.CertificateBlanks;
import vn.thidua.documents.CertificateCommand;
import vn.thidua.documents.CertificateService;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.rules.domain.SubjectKind;

/**
 * The certificates of an issued decision, printed from the decision itself: every collective and
 * person it awards, with its award, the decision's number and date and the certificate number the
 * registry holds, so that nobody types the list again into Excel.
 */
@Service
public class DecisionCertificates {

    private final ProposalReading proposals;
    private final AuthorityService authorities;
    private final CertificateService certificates;
    private final CertificateBlanks blanks;
    private final Checks checks;

    DecisionCertificates(
            ProposalReading proposals,
            AuthorityService authorities,
            CertificateService certificates,
            CertificateBlanks blanks,
            Checks checks) {
        this.proposals = proposals;
        this.authorities = authorities;
        this.certificates = certificates;
        this.blanks = blanks;
        this.checks = checks;
    }

    /** What the form starts with: the decision's conferring authority, place, day and signer. */
    @Transactional(readOnly = true)
    public CertificateCommand start(CurrentUser user, long id) {
        ProposalView p = decided(user, id);
        boolean province = authorities.get(p.authorityId()).kind() == AuthorityKind.PROVINCE;
        return new CertificateCommand(
                Certificate.Kind.BANG_KHEN,
                AuthorityNames.decider(p.authorityName(), province),
                AuthorityNames.place(p.authorityName()),
                p.decision().signedOn(),
                p.decision().signerTitle(),
                p.decision().signerName());
    }

    /** The decision's recipients, one certificate each, in the decision's order. */
    @Transactional(readOnly = true)
    public List<Certificate> recipients(CurrentUser user, long id) {
        ProposalView p = decided(user, id);
        return p.candidates().stream()
                .filter(c -> c.status() == CandidateStatus.AWARDED)
                .map(c -> certificates.line(
                        c.fullName() + (c.jobTitle() == null ? "" : ", " + c.jobTitle()),
                        CertificateService.unitLine(c.kind() == SubjectKind.COLLECTIVE, c.fullName(), c.unitName()),
                        c.award().isTitle(),
                        c.awardLabel(),
                        p.periodTo(),
                        p.decision().text(),
                        p.decision().signedOn(),
                        c.certificateNumber()))
                .toList();
    }

    /** Checks the form as the list's is checked, before anything is written. */
    @Transactional(readOnly = true)
    public Certificate.Batch batch(CurrentUser user, long id, CertificateCommand command) {
        return certificates.batch(user, command, recipients(user, id));
    }

    /** On plain A4, or on the board's blanks by its saved layout. */
    public void print(CurrentUser user, Certificate.Batch batch, boolean onBlank, OutputStream out) {
        blanks.print(user, batch, onBlank, out);
    }

    private ProposalView decided(CurrentUser user, long id) {
        CertificateService.requirePrinter(user);
        ProposalView p = proposals.get(user, id);
        if (p.decision() == null) {
            throw checks.refusal("decision", "certificate.decision.none");
        }
        return p;
    }
}
