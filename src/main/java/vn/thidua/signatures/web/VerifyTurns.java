package vn.thidua.signatures.web;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.files.FileKinds;
import vn.thidua.platform.files.UploadLimit;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.SignatureReport;
import vn.thidua.signatures.SignedDocuments;

/**
 * The verification of an uploaded PDF, the page's and the API's: the file refused before it is read when
 * none is chosen or it weighs more than any upload may, and one verification at a time per person (page
 * and API together, in this instance): a script sending many files at once gets them refused, and the few
 * threads that parse PDFs stay free for others.
 */
@Component
class VerifyTurns {

    private final Set<Long> verifying = ConcurrentHashMap.newKeySet();
    private final SignedDocuments documents;
    private final UploadLimit limit;
    private final Checks checks;

    VerifyTurns(SignedDocuments documents, UploadLimit limit, Checks checks) {
        this.documents = documents;
        this.limit = limit;
        this.checks = checks;
    }

    SignatureReport.Verification verify(CurrentUser user, @Nullable MultipartFile file) throws IOException {
        byte[] content = bytes(file);
        if (!verifying.add(user.id())) {
            throw checks.refusal("file", "signature.verify.oneAtATime");
        }
        try {
            return documents.verify(content, name(file));
        } finally {
            verifying.remove(user.id());
        }
    }

    private byte[] bytes(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw checks.refusal("file", "signature.verify.file");
        }
        if (limit.exceededBy(file.getSize())) {
            throw checks.refusal("file", "signature.verify.tooLarge", limit.megabytes());
        }
        return file.getBytes();
    }

    /** The name shown in the report: no folder, control or direction characters. */
    private static String name(@Nullable MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        return name == null || name.isBlank() ? "tep.pdf" : FileKinds.safeName(name);
    }
}
