package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member unit's covenant: its targets (chỉ tiêu), one per line. */
public class CovenantCommand {

    @NotBlank(message = "{covenant.targets.required}")
    @Size(max = 10000, message = "{covenant.targets.tooLong}")
    private String targets;

    private Long version;

    public CovenantCommand() {}

    public CovenantCommand(String targets) {
        this.targets = targets;
    }

    public String getTargets() {
        return targets;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
