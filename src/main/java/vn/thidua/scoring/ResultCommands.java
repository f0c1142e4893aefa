package vn.thidua.scoring;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The inputs of the steps after scoring; points are text as typed ("7,5" or "7.5"). */
public final class ResultCommands {

    private ResultCommands() {}

    /** The leader's final score for a flagged criterion, with the written reason. */
    public record Resolve(Long unitId, String criterionCode, String points, String reason) {}

    /** The leader closes the scoring and opens the window for objections. */
    public record Consolidate(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate objectionFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate objectionUntil,
            Long version) {}

    /** A member's objection to its own result, on one criterion or on the whole. */
    public record Objection(String criterionCode, String reason) {}

    /** The leader's answer; with points it changes the final score of the objection's criterion. */
    public record Answer(String answer, String points, Long version) {}

    /** The board's change of a final score after the lock. */
    public record Adjust(Long unitId, String criterionCode, String points, String reason) {}
}
