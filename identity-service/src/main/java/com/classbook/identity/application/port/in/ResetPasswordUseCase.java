package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Sets a new password from a reset link and revokes every refresh token of the account. */
public interface ResetPasswordUseCase {
  Uni<Void> reset(ResetPasswordCommand command);
}
