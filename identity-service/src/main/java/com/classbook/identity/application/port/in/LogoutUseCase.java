package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Ends the session the refresh token belongs to; unknown tokens are ignored. */
public interface LogoutUseCase {
  Uni<Void> logout(String refreshToken);
}
