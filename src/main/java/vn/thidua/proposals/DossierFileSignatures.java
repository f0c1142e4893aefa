package vn.thidua.proposals;

import org.springframework.stereotype.Service;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.SignatureReport;
import vn.thidua.signatures.SignedDocuments;

/**
 * The signatures of a dossier's file that is a signed PDF, verified when asked (nothing stored: the
 * report is the file's, against the trust anchors of the day), for whoever may download the file.
 */
@Service
public record DossierFileSignatures(ProposalReading reading, SignedDocuments signatures, Checks checks) {

    /** The file's name (always, for the page's title) and the report, or the refusal's reason. */
    public SignatureReport.Verification of(CurrentUser user, long id, long fileId) {
        // the same access as the file's download; read in its own transaction, verified outside any
        DocumentService.File file = reading.file(user, id, fileId);
        if (!"application/pdf".equals(file.contentType())) {
            throw checks.refusal("file", "proposal.file.notPdf", file.name());
        }
        return signatures.verify(file.content(), file.name());
    }
}
