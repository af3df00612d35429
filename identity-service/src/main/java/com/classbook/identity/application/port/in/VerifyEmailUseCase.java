package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Confirms an email address with the single-use token from the verification mail. */
public interface VerifyEmailUseCase {
  Uni<Void> verify(String token);
}
