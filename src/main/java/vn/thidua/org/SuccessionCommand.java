package vn.thidua.org;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Records that a unit was renamed, merged into or split into another, from a date and by a decision. */
public class SuccessionCommand {

    @NotNull(message = "{succession.successor.required}")
    private Long successorUnitId;

    @NotNull(message = "{succession.kind.required}")
    private SuccessionKind kind;

    @NotNull(message = "{succession.effectiveOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;

    @Size(max = 300, message = "{succession.legalBasis.tooLong}")
    private String legalBasis;

    public SuccessionCommand() {}

    public SuccessionCommand(Long successorUnitId, SuccessionKind kind, LocalDate effectiveOn, String legalBasis) {
        this.successorUnitId = successorUnitId;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.legalBasis = legalBasis;
    }

    public Long getSuccessorUnitId() {
        return successorUnitId;
    }

    public void setSuccessorUnitId(Long successorUnitId) {
        this.successorUnitId = successorUnitId;
    }

    public SuccessionKind getKind() {
        return kind;
    }

    public void setKind(SuccessionKind kind) {
        this.kind = kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
