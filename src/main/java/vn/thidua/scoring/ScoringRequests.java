package vn.thidua.scoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.scoring.domain.InspectionPair;

/**
 * One request per step of a bloc year's scoring, taken by the pages and the API alike. Each carries
 * the version of the record its sender read (the round's, a sheet's or an objection's): a write
 * without it is refused, a write with a stale one answered 409. Points are text as typed ("7,5" or "7.5").
 * Those a page gives back after a refusal are serializable: they go through the session as flash attributes.
 */
public final class ScoringRequests {

    private ScoringRequests() {}

    /** The board's or the leader's choice of a published table; no version before the year has one. */
    public record ApplyTemplate(Long templateId, Long version) {}

    /**
     * A sheet's draft: every line replaces the sheet's scores. Version 0 for a sheet not saved yet. The page
     * posts it as typed ({@code entries[i].points}) and gets it back after a refusal or a file's upload.
     */
    public record SaveSheet(Long version, List<EntryInput> entries) implements Serializable {
        public SaveSheet {
            entries = entries == null ? List.of() : entries;
        }

        /** The same lines, as current as the sheet of that version. */
        public SaveSheet withVersion(Long current) {
            return new SaveSheet(current, entries);
        }
    }

    /**
     * An evidence file's criterion (none: the sheet as a whole). The version, of the self-score as
     * read (0 when not saved yet), may be left out: the upload only adds a file and the sheet's state
     * guards it; one sent is checked (stale: 409).
     */
    public record Evidence(String criterionCode, Long version) {}

    /** An evidence file removed from a self-score still in draft, with the sheet's version as read. */
    public record RemoveEvidence(Long version) {}

    /** The sheet as it was read, submitted. */
    public record SubmitSheet(Long version) {}

    /** The leader's assignment of who inspects whom. */
    public record AssignInspections(List<InspectionPair> pairs, Long version) {
        public AssignInspections {
            pairs = pairs == null ? List.of() : pairs;
        }
    }

    /** A step that needs nothing but the round's version: generating the assignment, opening it, the lock. */
    public record RoundStep(Long version) {}

    /** The leader's final score for a flagged criterion, with the written reason. */
    public record Resolve(Long unitId, String criterionCode, String points, String reason, Long version)
            implements Serializable {}

    /** The leader closes the scoring and opens the window for objections. */
    public record Consolidate(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate objectionFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate objectionUntil,
            Long version)
            implements Serializable {}

    /** A member's objection to its own result, on one criterion or on the whole. */
    public record Objection(String criterionCode, String reason, Long version) implements Serializable {}

    /**
     * The leader's answer (version: the objection's); with points it changes the final score of the objection's
     * criterion.
     */
    public record Answer(String answer, String points, Long version) {}

    /** The board's change of a final score after the lock. */
    public record Adjust(Long unitId, String criterionCode, String points, String reason, Long version) {}
}
