package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Rotates a refresh token into a new token pair; a reused token revokes its whole session. */
public interface RefreshTokensUseCase {
  Uni<AuthTokens> refresh(String refreshToken);
}
