package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.PasswordPolicy;
import com.classbook.kernel.problem.Validate;

/** Credentials presented at login, with the client address the limits count against. */
public record LoginCommand(String email, String password, String clientAddress) {

  public LoginCommand {
    Validate.fields()
        .text(email, "email", EmailAddress.MAX_LENGTH)
        .require(password != null && !password.isEmpty(), "password", "must not be blank")
        .maxLength(password, "password", PasswordPolicy.MAX_LENGTH)
        .orThrow();
    email = EmailAddress.canonical(email);
    clientAddress = ClientAddress.orUnknown(clientAddress);
  }
}
