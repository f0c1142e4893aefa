package vn.thidua.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a unit. The authority is chosen at creation only: a move is recorded as a succession. */
public record UnitCommand(
        @NotNull(message = "{unit.authority.required}") Long authorityId,

        @NotBlank(message = "{unit.name.required}") @Size(max = 300, message = "{unit.name.tooLong}")
        String name,

        @Size(max = 60, message = "{unit.shortName.tooLong}")
        String shortName,

        @NotNull(message = "{unit.kind.required}") UnitKind kind,

        @Email(message = "{unit.email.invalid}") @Size(max = 200, message = "{unit.email.invalid}")
        String email,

        @Pattern(regexp = "[0-9 +().-]{0,40}", message = "{unit.phone.invalid}")
        String phone,

        Long version) {

    public UnitCommand(Long authorityId, String name, String shortName, UnitKind kind) {
        this(authorityId, name, shortName, kind, null, null, null);
    }

    public static UnitCommand of(UnitView unit) {
        return new UnitCommand(
                unit.authorityId(),
                unit.name(),
                unit.shortName(),
                unit.kind(),
                unit.email(),
                unit.phone(),
                unit.version());
    }

    public UnitCommand withAuthorityId(Long authorityId) {
        return new UnitCommand(authorityId, name, shortName, kind, email, phone, version);
    }
}
