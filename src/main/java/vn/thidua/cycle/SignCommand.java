package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who signs the covenant for the unit (normally its head), and the covenant's version as read:
 * optional, since signing checks the covenant is still unsigned.
 */
public record SignCommand(
        @NotBlank(message = "{covenant.signer.required}") @Size(max = 200, message = "{covenant.signer.tooLong}")
        String signerName,

        @NotBlank(message = "{covenant.position.required}") @Size(max = 200, message = "{covenant.position.tooLong}")
        String signerPosition,

        Long version) {

    public SignCommand(String signerName, String signerPosition) {
        this(signerName, signerPosition, null);
    }
}
