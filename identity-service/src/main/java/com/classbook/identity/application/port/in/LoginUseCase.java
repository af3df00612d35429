package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Exchanges verified credentials for an access token and a new refresh-token session. */
public interface LoginUseCase {
  Uni<AuthTokens> login(LoginCommand command);
}
