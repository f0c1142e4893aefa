package vn.thidua.scoring;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.ScoreEntry;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.domain.SheetState;
import vn.thidua.scoring.internal.RoundStore;
import vn.thidua.scoring.internal.RoundStore.SheetRow;

/**
 * A unit fills its self-score and the inspection it was assigned: drafts (typed or from a workbook),
 * then the submission, after which the sheet no longer changes.
 */
@Service
public record SheetFilling(ScoringService scoring, RoundStore store, Rounds rounds) {

    /** The sheet this user may write now, as read under the round's lock; refused with the reason otherwise. */
    record Writable(Rounds.Step step, RoundView view, UnitRef unit, SheetState sheet) {}

    Writable writable(Rounds.Step step, SheetKind kind, long unitId) {
        long yearId = step.round().blocYearId();
        UnitRef unit = scoring.member(step.scope(), unitId);
        Optional<SheetRow> row = store.sheet(yearId, kind, unitId);
        if (kind == SheetKind.INSPECTION && row.isEmpty()) {
            throw rounds.notFound("inspection.notAssigned", unit.name());
        }
        SheetState sheet = row.map(Rounds::state).orElseGet(() -> SheetState.newSelfScore(unitId));
        rounds.check(() -> step.round().requireOpenDraft(step.actor(), sheet));
        return new Writable(step, scoring.requireRound(yearId), unit, sheet);
    }

    /** A self-score's sheet for its evidence: created when the unit has not saved a draft yet. */
    long evidenceSheet(CurrentUser user, long yearId, long unitId, Long version) {
        return rounds.step(user, yearId, step -> {
            Writable writable = writable(step, SheetKind.SELF, unitId);
            if (version != null && version != writable.sheet().version()) {
                throw new OptimisticLockingFailureException("sheet of unit " + unitId + " changed");
            }
            return writable.sheet().started()
                    ? writable.sheet().id()
                    : store.insertSheet(yearId, SheetKind.SELF, unitId, unitId);
        });
    }

    public SheetView save(
            CurrentUser user, long yearId, SheetKind kind, long unitId, ScoringRequests.SaveSheet request) {
        return rounds.step(user, yearId, step -> save(writable(step, kind, unitId), request, List.of()));
    }

    /** Replaces the sheet's scores with those of a filled workbook; one wrong row and nothing changes. */
    public SheetView importSheet(
            CurrentUser user, long yearId, SheetKind kind, long unitId, Long version, InputStream workbook) {
        return rounds.step(user, yearId, step -> {
            // who may write this sheet is asked before a byte of the file is read
            Writable writable = writable(step, kind, unitId);
            List<Violation> fileErrors = new ArrayList<>();
            List<EntryInput> entries = SheetWorkbook.read(workbook, fileErrors);
            return save(writable, new ScoringRequests.SaveSheet(version, entries), fileErrors);
        });
    }

    private SheetView save(Writable writable, ScoringRequests.SaveSheet request, List<Violation> earlier) {
        Map<Long, ScoreEntry> parsed = parse(writable.view(), request, earlier);
        Rounds.Step step = writable.step();
        long sheetId = rounds.record(
                () -> step.round().saveSheet(step.actor(), writable.sheet(), parsed, request.version(), step.at()));
        return viewOf(writable, sheetId);
    }

    public SheetView submit(
            CurrentUser user, long yearId, SheetKind kind, long unitId, ScoringRequests.SubmitSheet request) {
        return rounds.step(user, yearId, step -> submit(writable(step, kind, unitId), request));
    }

    private SheetView submit(Writable writable, ScoringRequests.SubmitSheet request) {
        Map<Long, ScoreEntry> entries =
                writable.sheet().started() ? store.entries(writable.sheet().id()) : Map.of();
        List<String> missing = writable.view().criteria().stream()
                .filter(c -> c.kind() == CriterionKind.SCORED && !entries.containsKey(c.id()))
                .map(CriterionView::code)
                .toList();
        Checks.Collector check = rounds.check();
        if (!missing.isEmpty()) {
            check.reject("entries", "sheet.incomplete", String.join(", ", missing));
        }
        StepInputs.version(check, request.version());
        check.throwIfInvalid();
        Rounds.Step step = writable.step();
        long sheetId = rounds.record(
                () -> step.round().submitSheet(step.actor(), writable.sheet(), request.version(), step.at()));
        return viewOf(writable, sheetId);
    }

    private SheetView viewOf(Writable writable, long sheetId) {
        return scoring.view(
                writable.step().scope(),
                writable.view(),
                writable.sheet().kind(),
                writable.unit(),
                store.sheetById(sheetId).orElseThrow());
    }

    private Map<Long, ScoreEntry> parse(RoundView round, ScoringRequests.SaveSheet request, List<Violation> earlier) {
        Checks.Collector check = rounds.check();
        earlier.forEach(check::add);
        StepInputs.version(check, request.version());
        Map<Long, ScoreEntry> parsed = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<EntryInput> entries = request.entries();
        for (int i = 0; i < entries.size(); i++) {
            EntryInput entry = entries.get(i) == null ? new EntryInput(null, null, null, null) : entries.get(i);
            String field = entry.where() != null ? entry.where() : "entries[" + i + "]";
            String prefix = entry.where() != null ? entry.where() + ": " : "";
            CriterionView criterion = entry.code() == null ? null : round.criterion(entry.code());
            if (criterion == null) {
                check.reject(field + ".code", "sheet.code.unknown", prefix, entry.code() == null ? "" : entry.code());
                continue;
            }
            if (!seen.add(criterion.code())) {
                check.reject(field + ".code", "sheet.code.repeated", prefix, criterion.code());
                continue;
            }
            if (entry.comment() != null && entry.comment().length() > TextLimits.COMMENT) {
                check.reject(
                        field + ".comment",
                        "sheet.comment.tooLong",
                        prefix,
                        criterion.code(),
                        TextLimits.text(TextLimits.COMMENT));
            }
            BigDecimal points = PointsText.parse(check, field + ".points", prefix, entry.points(), criterion);
            if (points != null) {
                String comment = entry.comment() == null || entry.comment().isBlank()
                        ? null
                        : entry.comment().strip();
                parsed.put(criterion.id(), new ScoreEntry(points, comment));
            }
        }
        check.throwIfInvalid();
        return parsed;
    }
}
