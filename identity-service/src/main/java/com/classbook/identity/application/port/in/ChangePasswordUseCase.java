package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Replaces the password after checking the current one; other sessions are signed out. */
public interface ChangePasswordUseCase {
  Uni<Void> changePassword(ChangePasswordCommand command);
}
