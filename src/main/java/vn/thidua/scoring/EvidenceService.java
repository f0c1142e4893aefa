package vn.thidua.scoring;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.internal.RoundStore;

/**
 * Evidence files of a self-score (minh chứng): PDF, Word, Excel or images, checked by their first
 * bytes and not only their name, limited in size, stored with their SHA-256.
 */
@Service
public class EvidenceService {

    /** Extension → content type and the bytes such a file starts with. */
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4}),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));

    private record Kind(String contentType, byte[] magic) {
    }

    private final ScoringService scoring;
    private final RoundStore store;
    private final Messages messages;
    private final Clock clock;
    private final long maxBytes;

    EvidenceService(ScoringService scoring, RoundStore store, Messages messages, Clock clock,
            @Value("${thidua.scoring.evidence-max-bytes:10485760}") long maxBytes) {
        this.scoring = scoring;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Transactional
    public SheetView.EvidenceView add(CurrentUser user, long yearId, long unitId, String criterionCode, String fileName,
            byte[] content) {
        ScoringService.Writable writable = scoring.writable(user, yearId, SheetKind.SELF, unitId);
        CriterionView criterion = null;
        if (criterionCode != null && !criterionCode.isBlank()) {
            criterion = writable.round().criterion(criterionCode);
            if (criterion == null) {
                throw invalid("criterionCode", messages.get("sheet.code.unknown", "", criterionCode.strip()));
            }
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Kind kind = KINDS.get(extension);
        if (content == null || content.length == 0) {
            throw invalid("file", messages.get("evidence.empty"));
        }
        if (content.length > maxBytes) {
            throw invalid("file", messages.get("evidence.tooLarge", maxBytes / (1024 * 1024)));
        }
        if (kind == null || !startsWith(content, kind.magic())) {
            throw invalid("file", messages.get("evidence.type", name));
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long id = store.insertEvidence(writable.sheetId(), criterion == null ? null : criterion.id(), name,
                kind.contentType(), content, sha256(content), user.username(), clock.instant());
        return store.evidence(writable.sheetId()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** The file, for whoever may read the self-score it belongs to. */
    @Transactional(readOnly = true)
    public RoundStore.EvidenceContent get(CurrentUser user, long yearId, long evidenceId) {
        BlocYearScope scope = scoring.scope(user, yearId);
        RoundStore.EvidenceContent file = store.evidenceContent(yearId, evidenceId)
                .orElseThrow(() -> new NotFoundException(messages.get("evidence.notFound", evidenceId)));
        RoundStore.SheetRow sheet = store.sheetById(file.sheetId()).orElseThrow();
        if (!scoring.mayRead(scope, scoring.requireRound(yearId), sheet.kind(), sheet.unitId(), sheet)) {
            throw new AccessDeniedException("evidence not readable");
        }
        return file;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }
}
