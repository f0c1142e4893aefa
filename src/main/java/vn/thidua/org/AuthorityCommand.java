package vn.thidua.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record AuthorityCommand(
        @NotBlank(message = "{authority.code.required}")
        @Size(max = 40, message = "{authority.code.tooLong}")
        @Pattern(regexp = "[a-z0-9-]*", message = "{authority.code.pattern}")
        String code,

        @NotBlank(message = "{authority.name.required}") @Size(max = 200, message = "{authority.name.tooLong}")
        String name,

        @NotNull(message = "{authority.kind.required}") AuthorityKind kind) {}
