package vn.thidua.proposals.web;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.DossierService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.domain.CandidateStep;

/**
 * The version every API write must carry, and the words of the proposal's addresses (a document's name, its format, a
 * candidate's step), read alike by the pages and the API.
 */
@Component
record ProposalPaths(Checks checks) {

    /** The version the client read, which every write of the API on a proposal must carry. */
    Long version(Long read) {
        if (read == null) {
            throw checks.refusal("version", "problem.versionRequired");
        }
        return read;
    }

    ProposalCommands.Version version(ProposalCommands.Version command) {
        version(command == null ? null : command.version());
        return command;
    }

    static ResponseEntity<byte[]> download(DocumentService.File file) {
        return Downloads.of(file.content(), file.name(), file.contentType());
    }

    DossierService.Document document(String name) {
        return switch (name) {
            case "to-trinh" -> DossierService.Document.SUBMISSION;
            case "bien-ban" -> DossierService.Document.MINUTES;
            case "bao-cao-thanh-tich" -> DossierService.Document.REPORT;
            case "quyet-dinh" -> DossierService.Document.DECISION;
            default -> throw checks.notFound("proposal.document.unknown", name);
        };
    }

    DocumentService.Format format(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "docx" -> DocumentService.Format.DOCX;
            case "pdf" -> DocumentService.Format.PDF;
            default -> throw checks.notFound("proposal.format.unknown", format);
        };
    }

    CandidateStep candidateStep(String step) {
        return switch (step) {
            case "return" -> CandidateStep.RETURN;
            case "reject" -> CandidateStep.REJECT;
            case "resubmit" -> CandidateStep.RESUBMIT;
            default -> throw checks.notFound("proposal.candidateStep.unknown", step);
        };
    }
}
