package vn.thidua.scoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a step of a bloc year's scoring did, as the round's rules allowed it: the store writes each
 * one in the transaction that took the step, and nothing else changes the round.
 */
public sealed interface RoundEvent
        permits RoundEvent.TemplateApplied,
                RoundEvent.InspectionsAssigned,
                RoundEvent.InspectionOpened,
                RoundEvent.SheetSaved,
                RoundEvent.SheetSubmitted,
                RoundEvent.DiscrepancyResolved,
                RoundEvent.Consolidated,
                RoundEvent.ObjectionRaised,
                RoundEvent.ObjectionAnswered,
                RoundEvent.ResultsLocked,
                RoundEvent.ScoreAdjusted {

    long blocYearId();

    String by();

    Instant at();

    record TemplateApplied(long blocYearId, long templateId, String by, Instant at) implements RoundEvent {}

    record InspectionsAssigned(long blocYearId, List<InspectionPair> pairs, String by, Instant at)
            implements RoundEvent {
        public InspectionsAssigned {
            pairs = List.copyOf(pairs);
        }
    }

    record InspectionOpened(long blocYearId, long version, String by, Instant at) implements RoundEvent {}

    /** A draft's scores replaced; {@code sheet} is the sheet as it was read (its id null when new). */
    record SheetSaved(
            long blocYearId, SheetState sheet, Map<Long, ScoreEntry> entries, Long version, String by, Instant at)
            implements RoundEvent {
        public SheetSaved {
            entries = Map.copyOf(entries);
        }
    }

    record SheetSubmitted(long blocYearId, SheetState sheet, long version, String by, Instant at)
            implements RoundEvent {}

    record DiscrepancyResolved(
            long blocYearId, long unitId, long criterionId, BigDecimal points, String reason, String by, Instant at)
            implements RoundEvent {}

    /** The final table (unit → criterion → points) is written once, here. */
    record Consolidated(
            long blocYearId,
            LocalDate objectionFrom,
            LocalDate objectionUntil,
            Map<Long, Map<Long, BigDecimal>> finals,
            long version,
            String by,
            Instant at)
            implements RoundEvent {}

    record ObjectionRaised(long blocYearId, long unitId, Long criterionId, String reason, String by, Instant at)
            implements RoundEvent {}

    /** The leader's answer; with points, the objection's criterion gets them as its final score. */
    record ObjectionAnswered(
            long blocYearId,
            long objectionId,
            long unitId,
            Long criterionId,
            String answer,
            BigDecimal points,
            long version,
            String by,
            Instant at)
            implements RoundEvent {}

    record ResultsLocked(long blocYearId, long version, String by, Instant at) implements RoundEvent {}

    record ScoreAdjusted(
            long blocYearId, long unitId, long criterionId, BigDecimal points, String reason, String by, Instant at)
            implements RoundEvent {}
}
