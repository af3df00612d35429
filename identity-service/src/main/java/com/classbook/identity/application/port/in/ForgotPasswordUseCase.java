package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Emails a password-reset link if the account exists, answering the same either way. */
public interface ForgotPasswordUseCase {
  Uni<Void> requestReset(String email, String clientAddress);
}
