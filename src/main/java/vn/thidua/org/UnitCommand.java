package vn.thidua.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a unit. The authority is chosen at creation only: a move is recorded as a succession. */
public class UnitCommand {

    @NotNull(message = "{unit.authority.required}")
    private Long authorityId;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 300, message = "{unit.name.tooLong}")
    private String name;

    @Size(max = 60, message = "{unit.shortName.tooLong}")
    private String shortName;

    @NotNull(message = "{unit.kind.required}")
    private UnitKind kind;

    @Email(message = "{unit.email.invalid}")
    @Size(max = 200, message = "{unit.email.invalid}")
    private String email;

    @Pattern(regexp = "[0-9 +().-]{0,40}", message = "{unit.phone.invalid}")
    private String phone;

    private Long version;

    public UnitCommand() {}

    public UnitCommand(Long authorityId, String name, String shortName, UnitKind kind) {
        this.authorityId = authorityId;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
    }

    public static UnitCommand of(UnitView unit) {
        UnitCommand command = new UnitCommand(unit.authorityId(), unit.name(), unit.shortName(), unit.kind());
        command.setEmail(unit.email());
        command.setPhone(unit.phone());
        command.setVersion(unit.version());
        return command;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
