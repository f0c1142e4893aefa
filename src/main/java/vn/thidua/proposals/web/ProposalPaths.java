package vn.thidua.proposals.web;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.files.UploadLimit;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.DossierService;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.domain.CandidateStep;

/** The version every API write must carry, and the words of the proposal's addresses (a document's name, its format, a candidate's step), read alike by the pages and the API. */
@Component
class ProposalPaths {

    /** A PKCS#12 file holds a key and its chain: a few kilobytes; more is refused before it is opened. */
    static final long MAX_KEY_FILE_BYTES = 64 * 1024;
    /** A signature's picture: a small PNG or JPEG. */
    static final long MAX_IMAGE_BYTES = 1024 * 1024;

    private final Checks checks;
    private final UploadLimit limit;

    ProposalPaths(Checks checks, UploadLimit limit) {
        this.checks = checks;
        this.limit = limit;
    }

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

    /** The key of one signing from the form or the API: a PKCS#12 file with its password, or the token's PIN. */
    vn.thidua.signatures.SigningKey signingKey(SignatureRequests.Sign request) throws java.io.IOException {
        org.springframework.web.multipart.MultipartFile p12 = request.p12();
        String password = request.password();
        String pin = request.pin();
        if (p12 != null && !p12.isEmpty()) {
            if (p12.getSize() > MAX_KEY_FILE_BYTES) {
                throw checks.refusal("p12", "signature.key.tooLarge");
            }
            return new vn.thidua.signatures.SigningKey.Pkcs12(
                    p12.getBytes(), password == null ? new char[0] : password.toCharArray());
        }
        if (pin != null && !pin.isBlank()) {
            return new vn.thidua.signatures.SigningKey.Pkcs11(pin.toCharArray());
        }
        throw checks.refusal("key", "signature.sign.key");
    }

    byte @org.jspecify.annotations.Nullable [] image(SignatureRequests.Sign request) throws java.io.IOException {
        org.springframework.web.multipart.MultipartFile image = request.image();
        if (image == null || image.isEmpty()) {
            return null;
        }
        if (image.getSize() > MAX_IMAGE_BYTES) {
            throw checks.refusal("image", "signature.image.tooLarge");
        }
        return image.getBytes();
    }

    /** The bytes of a copy signed outside; none chosen is a refusal like any missing field. */
    byte[] signedFile(SignatureRequests.Signed request) throws java.io.IOException {
        org.springframework.web.multipart.MultipartFile file = request.file();
        if (file == null || file.isEmpty()) {
            throw checks.refusal("file", "signature.upload.file");
        }
        if (limit.exceededBy(file.getSize())) {
            throw checks.refusal("file", "signature.verify.tooLarge", limit.megabytes());
        }
        return file.getBytes();
    }
}
