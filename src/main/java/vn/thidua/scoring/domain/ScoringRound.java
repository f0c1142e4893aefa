package vn.thidua.scoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bloc year's scoring round and the steps that move it: the table applied, the cross-inspection
 * assigned and opened, sheets written and submitted, discrepancies settled, the consolidation, the
 * members' objections and the leader's answers, the board's lock and its later adjustments. Each step
 * takes the actor, checks who may take it and whether the round's state allows it, and returns what
 * happened; the store writes that event in the step's transaction. The checks that need the input
 * parsed (points, reasons, codes) stay with the use cases; what a step may do in which state lives here.
 */
public record ScoringRound(
        long blocYearId,
        Stage stage,
        boolean inspectionOpen,
        LocalDate objectionFrom,
        LocalDate objectionUntil,
        long version) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * A published table copied into the year; replacing an earlier copy only while nobody has scored
     * with it and the inspection is not open.
     */
    public static RoundEvent.TemplateApplied apply(
            Actor actor,
            long blocYearId,
            Optional<ScoringRound> current,
            boolean selfScoresStarted,
            long templateId,
            Instant at) {
        actor.requireLeaderOrBoard();
        if (current.isPresent()
                && (current.get().inspectionOpen || selfScoresStarted || current.get().stage != Stage.SCORING)) {
            throw RoundRefusal.wrongState("round.template.inUse");
        }
        return new RoundEvent.TemplateApplied(blocYearId, templateId, actor.username(), at);
    }

    /** The assignment may change until the inspection is opened. */
    public RoundEvent.InspectionsAssigned assignInspections(Actor actor, List<InspectionPair> pairs, Instant at) {
        requireAssignmentOpen(actor);
        return new RoundEvent.InspectionsAssigned(blocYearId, pairs, actor.username(), at);
    }

    public RoundEvent.InspectionOpened openInspection(Actor actor, long readVersion, Instant at) {
        requireAssignmentOpen(actor);
        return new RoundEvent.InspectionOpened(blocYearId, readVersion, actor.username(), at);
    }

    private void requireAssignmentOpen(Actor actor) {
        actor.requireLeaderOrBoard();
        if (inspectionOpen || stage != Stage.SCORING) {
            throw RoundRefusal.wrongState("inspection.alreadyOpen");
        }
    }

    /**
     * Who may write a sheet at all: a unit its own self-score, an inspector the inspection it was
     * assigned. Asked before anything of the request is read.
     */
    public void requireWriter(Actor actor, SheetState sheet) {
        long writer = sheet.kind() == SheetKind.SELF ? sheet.unitId() : sheet.scorerUnitId();
        if (!actor.actsFor(writer)) {
            throw RoundRefusal.forbidden("sheet.notYours");
        }
    }

    /** A draft replaced by its writer while the year is scoring (and, for an inspection, once it is open). */
    public RoundEvent.SheetSaved saveSheet(
            Actor actor, SheetState sheet, Map<Long, ScoreEntry> entries, Long readVersion, Instant at) {
        requireOpenDraft(actor, sheet);
        return new RoundEvent.SheetSaved(blocYearId, sheet, entries, readVersion, actor.username(), at);
    }

    /** A sheet submitted once every scored criterion has points; after that it no longer changes. */
    public RoundEvent.SheetSubmitted submitSheet(Actor actor, SheetState sheet, long readVersion, Instant at) {
        requireOpenDraft(actor, sheet);
        return new RoundEvent.SheetSubmitted(blocYearId, sheet, readVersion, actor.username(), at);
    }

    /** The sheet's writer, while the sheet is still a draft it may change (evidence is added under the same rule). */
    public void requireOpenDraft(Actor actor, SheetState sheet) {
        requireWriter(actor, sheet);
        requireStage(Stage.SCORING, "sheet.closed");
        if (sheet.kind() == SheetKind.INSPECTION && !inspectionOpen) {
            throw RoundRefusal.wrongState("inspection.notOpen");
        }
        if (sheet.submitted()) {
            throw RoundRefusal.wrongState("sheet.submitted");
        }
    }

    /** The leader's (or board's) final score for a flagged criterion of another unit, before consolidation. */
    public RoundEvent.DiscrepancyResolved resolve(
            Actor actor, long unitId, long criterionId, BigDecimal points, String reason, Instant at) {
        actor.requireLeaderOrBoard();
        requireStage(Stage.SCORING, "sheet.closed");
        actor.requireNotOwnUnit(unitId);
        return new RoundEvent.DiscrepancyResolved(
                blocYearId, unitId, criterionId, points, reason, actor.username(), at);
    }

    /** Checked before the discrepancy is looked up, so that a closed round says so rather than "not found". */
    public void requireResolvable(Actor actor) {
        actor.requireLeaderOrBoard();
        requireStage(Stage.SCORING, "sheet.closed");
    }

    /** What the consolidation waits for: every sheet submitted, every discrepancy settled. */
    public record Readiness(List<String> missingSelf, List<String> missingInspection, long openDiscrepancies) {
        public Readiness {
            missingSelf = List.copyOf(missingSelf);
            missingInspection = List.copyOf(missingInspection);
        }
    }

    public void requireConsolidatable(Actor actor) {
        actor.requireLeaderOrBoard();
        requireStage(Stage.SCORING, "consolidate.notScoring");
    }

    /** The scoring closes and the window for objections opens. */
    public RoundEvent.Consolidated consolidate(
            Actor actor,
            Readiness readiness,
            LocalDate from,
            LocalDate until,
            Map<Long, Map<Long, BigDecimal>> finals,
            long readVersion,
            Instant at) {
        requireConsolidatable(actor);
        List<RoundRefusal.Reason> waiting = new ArrayList<>();
        if (!readiness.missingSelf().isEmpty()) {
            waiting.add(RoundRefusal.Reason.of("consolidate.missingSelf", String.join(", ", readiness.missingSelf())));
        }
        if (!readiness.missingInspection().isEmpty()) {
            waiting.add(RoundRefusal.Reason.of(
                    "consolidate.missingInspection", String.join(", ", readiness.missingInspection())));
        }
        if (readiness.openDiscrepancies() > 0) {
            waiting.add(RoundRefusal.Reason.of("consolidate.openDiscrepancies", readiness.openDiscrepancies()));
        }
        if (!waiting.isEmpty()) {
            throw new RoundRefusal(RoundRefusal.Kind.WRONG_STATE, waiting);
        }
        return new RoundEvent.Consolidated(blocYearId, from, until, finals, readVersion, actor.username(), at);
    }

    public boolean objectionWindowOpen(LocalDate today) {
        return stage == Stage.CONSOLIDATED
                && objectionFrom != null
                && !today.isBefore(objectionFrom)
                && !today.isAfter(objectionUntil);
    }

    /** A member questions its own result, on one criterion or on the whole, within the window. */
    public RoundEvent.ObjectionRaised object(
            Actor actor, LocalDate today, Long criterionId, String reason, Instant at) {
        Long unitId = actor.unitId();
        if (unitId == null) {
            throw RoundRefusal.forbidden("objection.membersOnly");
        }
        if (!objectionWindowOpen(today)) {
            throw RoundRefusal.wrongState("objection.windowClosed", window());
        }
        return new RoundEvent.ObjectionRaised(blocYearId, unitId, criterionId, reason, actor.username(), at);
    }

    /** Checked before the objection is looked up. */
    public void requireAnswerable(Actor actor) {
        actor.requireLeaderOrBoard();
        requireStage(Stage.CONSOLIDATED, "objection.notConsolidated");
    }

    /** The leader answers another unit's objection once; the board answers the leader's. */
    public RoundEvent.ObjectionAnswered answer(
            Actor actor, ObjectionState objection, String answer, BigDecimal points, long readVersion, Instant at) {
        requireAnswerable(actor);
        actor.requireNotOwnUnit(objection.unitId());
        if (objection.answered()) {
            throw RoundRefusal.wrongState("objection.answered");
        }
        return new RoundEvent.ObjectionAnswered(
                blocYearId,
                objection.id(),
                objection.unitId(),
                objection.criterionId(),
                answer,
                points,
                readVersion,
                actor.username(),
                at);
    }

    /** The board locks once the window has ended and every objection is answered. */
    public RoundEvent.ResultsLocked lock(
            Actor actor, LocalDate today, long openObjections, long readVersion, Instant at) {
        actor.requireBoard();
        requireStage(Stage.CONSOLIDATED, "lock.notConsolidated");
        List<RoundRefusal.Reason> waiting = new ArrayList<>();
        if (!today.isAfter(objectionUntil)) {
            waiting.add(RoundRefusal.Reason.of("lock.windowOpen", window()));
        }
        if (openObjections > 0) {
            waiting.add(RoundRefusal.Reason.of("lock.openObjections", openObjections));
        }
        if (!waiting.isEmpty()) {
            throw new RoundRefusal(RoundRefusal.Kind.WRONG_STATE, waiting);
        }
        return new RoundEvent.ResultsLocked(blocYearId, readVersion, actor.username(), at);
    }

    public void requireAdjustable(Actor actor) {
        actor.requireBoard();
        requireStage(Stage.LOCKED, "adjust.notLocked");
    }

    /** After the lock only the board changes a final score, with its reason. */
    public RoundEvent.ScoreAdjusted adjust(
            Actor actor, long unitId, long criterionId, BigDecimal points, String reason, Instant at) {
        requireAdjustable(actor);
        return new RoundEvent.ScoreAdjusted(blocYearId, unitId, criterionId, points, reason, actor.username(), at);
    }

    private String window() {
        return objectionFrom == null ? "—" : DAY.format(objectionFrom) + " – " + DAY.format(objectionUntil);
    }

    private void requireStage(Stage expected, String code) {
        if (stage != expected) {
            throw RoundRefusal.wrongState(code);
        }
    }
}
