package vn.thidua.scoring;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.files.FileKinds;
import vn.thidua.platform.files.UploadLimit;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.internal.RoundStore;

/**
 * Evidence files of a self-score (minh chứng): PDF, Word, Excel or images, checked by their first
 * bytes and not only their name, limited in size, stored with their SHA-256.
 */
@Service
public class EvidenceService {

    private final ScoringService scoring;
    private final SheetFilling sheets;
    private final RoundStore store;
    private final Rounds rounds;
    private final Messages messages;
    private final Clock clock;
    private final UploadLimit limit;

    EvidenceService(
            ScoringService scoring,
            SheetFilling sheets,
            RoundStore store,
            Rounds rounds,
            Messages messages,
            Clock clock,
            UploadLimit limit) {
        this.scoring = scoring;
        this.sheets = sheets;
        this.store = store;
        this.rounds = rounds;
        this.messages = messages;
        this.clock = clock;
        this.limit = limit;
    }

    @Transactional
    public SheetView.EvidenceView add(
            CurrentUser user,
            long yearId,
            long unitId,
            ScoringRequests.Evidence request,
            String fileName,
            byte[] content) {
        if (content == null) {
            // the page's upload button sent no file: said before the sheet is touched
            throw invalid("file", messages.get("evidence.missing"));
        }
        long sheetId = sheets.evidenceSheet(user, yearId, unitId, request.version());
        String criterionCode = request.criterionCode();
        CriterionView criterion = null;
        if (criterionCode != null && !criterionCode.isBlank()) {
            criterion = scoring.requireRound(yearId).criterion(criterionCode);
            if (criterion == null) {
                throw invalid("criterionCode", messages.get("sheet.code.unknown", "", criterionCode.strip()));
            }
        }
        String name = FileKinds.safeName(fileName);
        Optional<String> type = FileKinds.contentType(name, content);
        if (content == null || content.length == 0) {
            throw invalid("file", messages.get("evidence.empty"));
        }
        if (limit.exceededBy(content.length)) {
            throw invalid("file", messages.get("evidence.tooLarge", limit.megabytes()));
        }
        if (type.isEmpty()) {
            throw invalid("file", messages.get("evidence.type", name));
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long id = store.insertEvidence(
                sheetId,
                criterion == null ? null : criterion.id(),
                name,
                type.get(),
                content,
                sha256(content),
                user.username(),
                clock.instant());
        return store.evidence(sheetId).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Removes a file from a self-score still in draft: only its unit's officers, never once submitted
     * (the inspector and the board read what was submitted), and audited with the file's digest.
     */
    @Transactional
    public void remove(
            CurrentUser user, long yearId, long unitId, long evidenceId, ScoringRequests.RemoveEvidence request) {
        rounds.step(user, yearId, step -> {
            SheetFilling.Writable writable = sheets.writable(step, SheetKind.SELF, unitId);
            var check = rounds.check();
            StepInputs.version(check, request.version());
            check.throwIfInvalid();
            if (request.version() != writable.sheet().version()) {
                throw new OptimisticLockingFailureException("sheet of unit " + unitId + " changed");
            }
            SheetView.EvidenceView file = (writable.sheet().started()
                            ? store.evidence(writable.sheet().id())
                            : List.<SheetView.EvidenceView>of())
                    .stream()
                            .filter(e -> e.id() == evidenceId)
                            .findFirst()
                            .orElseThrow(() -> rounds.notFound("evidence.notFound", evidenceId));
            store.deleteEvidence(writable.sheet().id(), file.id());
            rounds.evidenceRemoved(
                    step, unitId, "đã xóa minh chứng " + file.fileName() + " (SHA-256 " + file.sha256() + ")");
            return file;
        });
    }

    /**
     * The file, for whoever may read the self-score it belongs to, and for the unit assigned to inspect
     * that unit from the assignment on: inspecting the evidence is what cross-inspection is.
     */
    @Transactional(readOnly = true)
    public RoundStore.EvidenceContent get(CurrentUser user, long yearId, long evidenceId) {
        BlocYearScope scope = scoring.scope(user, yearId);
        RoundStore.EvidenceContent file = store.evidenceContent(yearId, evidenceId)
                .orElseThrow(() -> new NotFoundException(messages.get("evidence.notFound", evidenceId)));
        RoundStore.SheetRow sheet = store.sheetById(file.sheetId()).orElseThrow();
        if (!scoring.mayReadEvidence(scope, scoring.requireRound(yearId), sheet)) {
            throw rounds.forbidden("evidence.notReadable");
        }
        return file;
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
