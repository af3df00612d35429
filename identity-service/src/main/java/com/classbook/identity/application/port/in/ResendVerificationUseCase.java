package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Sends a fresh verification link to an unverified account; silent for anything else. */
public interface ResendVerificationUseCase {
  Uni<Void> resend(String email, String clientAddress);
}
