package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.PasswordPolicy;
import com.classbook.kernel.problem.Validate;
import java.util.UUID;

/** A signed-in user's password change, proven by the current password. */
public record ChangePasswordCommand(
    UUID userId, String currentPassword, String newPassword, String clientAddress) {
  public ChangePasswordCommand {
    Validate.fields()
        .require(
            currentPassword != null && !currentPassword.isEmpty(),
            "currentPassword",
            "must not be blank")
        .maxLength(currentPassword, "currentPassword", PasswordPolicy.MAX_LENGTH)
        .require(
            PasswordPolicy.violation(newPassword).isEmpty(),
            "newPassword",
            PasswordPolicy.violation(newPassword).orElse(""))
        .orThrow();
    clientAddress = ClientAddress.orUnknown(clientAddress);
  }
}
