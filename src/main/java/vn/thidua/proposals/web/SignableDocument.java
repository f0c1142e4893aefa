package vn.thidua.proposals.web;

import java.util.Arrays;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.proposals.DecisionSigning;
import vn.thidua.proposals.SubmissionSigning;
import vn.thidua.signatures.DocumentSigning;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningEndpoint;

/**
 * The proposal's documents that are signed, as their addresses name them, the page's section and their name in a
 * message.
 */
enum SignableDocument {
    DECISION("quyet-dinh", "decision-signatures", "quyết định"),
    SUBMISSION("to-trinh", "dossier", "tờ trình");

    /** The addresses' alternatives, for the mappings: anything else is not matched (404). */
    static final String SLUGS = "quyet-dinh|to-trinh";

    final String slug;
    final String section;
    final String noun;

    SignableDocument(String slug, String section, String noun) {
        this.slug = slug;
        this.section = section;
        this.noun = noun;
    }

    static SignableDocument of(String slug) {
        return Arrays.stream(values())
                .filter(d -> d.slug.equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(NotFoundException.GENERIC, "Không có văn bản ký số: " + slug));
    }

    /** Its signing steps, as the page and the API take them. */
    SigningEndpoint endpoint(DecisionSigning decision, SubmissionSigning submission, SignedDocuments signed) {
        DocumentSigning signing = this == DECISION ? decision : submission;
        return new SigningEndpoint(signed, signing);
    }
}
