package vn.thidua.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class AuthorityCommand {

    @NotBlank(message = "{authority.code.required}")
    @Size(max = 40, message = "{authority.code.tooLong}")
    @Pattern(regexp = "[a-z0-9-]*", message = "{authority.code.pattern}")
    private String code;

    @NotBlank(message = "{authority.name.required}")
    @Size(max = 200, message = "{authority.name.tooLong}")
    private String name;

    @NotNull(message = "{authority.kind.required}")
    private AuthorityKind kind;

    public AuthorityCommand() {}

    public AuthorityCommand(String code, String name, AuthorityKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AuthorityKind getKind() {
        return kind;
    }

    public void setKind(AuthorityKind kind) {
        this.kind = kind;
    }
}
