package vn.thidua.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CouncilMemberCommand(
        @NotBlank(message = "{councilMember.fullName.required}")
        @Size(max = 200, message = "{councilMember.fullName.tooLong}")
        String fullName,

        @Size(max = 300, message = "{councilMember.position.tooLong}")
        String position) {}
