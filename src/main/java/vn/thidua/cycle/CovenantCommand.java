package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member unit's covenant: its targets (chỉ tiêu), one per line. */
public record CovenantCommand(
        @NotBlank(message = "{covenant.targets.required}") @Size(max = 10000, message = "{covenant.targets.tooLong}")
        String targets,

        Long version) {

    public CovenantCommand(String targets) {
        this(targets, null);
    }
}
