package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The board marks a past bloc year as entered afterwards (nhập bổ sung), saying why; the audit keeps the reason. */
public record AfterwardsCommand(
        @NotBlank(message = "{afterwards.reason.required}")
        @Size(min = 5, max = 1000, message = "{afterwards.reason.length}")
        String reason) {}
