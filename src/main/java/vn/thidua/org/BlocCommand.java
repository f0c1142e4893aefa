package vn.thidua.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.org.domain.BlocKind;

public class BlocCommand {

    @NotNull(message = "{bloc.authority.required}")
    private Long authorityId;

    @NotBlank(message = "{bloc.name.required}")
    @Size(max = 300, message = "{bloc.name.tooLong}")
    private String name;

    @NotNull(message = "{bloc.kind.required}")
    private BlocKind kind;

    @Size(max = 2000, message = "{bloc.description.tooLong}")
    private String description;

    private Long version;

    public BlocCommand() {}

    public BlocCommand(Long authorityId, String name, BlocKind kind, String description) {
        this.authorityId = authorityId;
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    public static BlocCommand of(BlocView bloc) {
        BlocCommand command = new BlocCommand(bloc.authorityId(), bloc.name(), bloc.kind(), bloc.description());
        command.setVersion(bloc.version());
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

    public BlocKind getKind() {
        return kind;
    }

    public void setKind(BlocKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
