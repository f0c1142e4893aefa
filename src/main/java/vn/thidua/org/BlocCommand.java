package vn.thidua.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.org.domain.BlocKind;

public record BlocCommand(
        @NotNull(message = "{bloc.authority.required}") Long authorityId,

        @NotBlank(message = "{bloc.name.required}") @Size(max = 300, message = "{bloc.name.tooLong}")
        String name,

        @NotNull(message = "{bloc.kind.required}") BlocKind kind,

        @Size(max = 2000, message = "{bloc.description.tooLong}")
        String description,

        Long version) {

    public BlocCommand(Long authorityId, String name, BlocKind kind, String description) {
        this(authorityId, name, kind, description, null);
    }

    public static BlocCommand of(BlocView bloc) {
        return new BlocCommand(bloc.authorityId(), bloc.name(), bloc.kind(), bloc.description(), bloc.version());
    }

    public BlocCommand withAuthorityId(Long authorityId) {
        return new BlocCommand(authorityId, name, kind, description, version);
    }
}
