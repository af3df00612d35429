package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.PasswordPolicy;
import com.classbook.kernel.problem.Validate;

/** A new password with the single-use token from the reset mail. */
public record ResetPasswordCommand(String token, String newPassword, String clientAddress) {
  public ResetPasswordCommand {
    Validate.fields()
        .text(token, "token", 200)
        .require(
            PasswordPolicy.violation(newPassword).isEmpty(),
            "newPassword",
            PasswordPolicy.violation(newPassword).orElse(""))
        .orThrow();
    token = token.trim();
    clientAddress = ClientAddress.orUnknown(clientAddress);
  }
}
