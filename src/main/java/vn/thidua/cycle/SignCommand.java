package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who signs the covenant for the unit (normally its head). */
public class SignCommand {

    @NotBlank(message = "{covenant.signer.required}")
    @Size(max = 200, message = "{covenant.signer.tooLong}")
    private String signerName;

    @NotBlank(message = "{covenant.position.required}")
    @Size(max = 200, message = "{covenant.position.tooLong}")
    private String signerPosition;

    /** The covenant's version as read; optional, since signing checks the covenant is still unsigned. */
    private Long version;

    public SignCommand() {}

    public SignCommand(String signerName, String signerPosition) {
        this.signerName = signerName;
        this.signerPosition = signerPosition;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
