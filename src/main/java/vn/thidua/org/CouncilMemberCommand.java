package vn.thidua.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class CouncilMemberCommand {

    @NotBlank(message = "{councilMember.fullName.required}")
    @Size(max = 200, message = "{councilMember.fullName.tooLong}")
    private String fullName;

    @Size(max = 300, message = "{councilMember.position.tooLong}")
    private String position;

    public CouncilMemberCommand() {}

    public CouncilMemberCommand(String fullName, String position) {
        this.fullName = fullName;
        this.position = position;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
