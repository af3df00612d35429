package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;

/** Creates a member account and emails a verification link. */
public interface RegisterUserUseCase {
  Uni<User> register(RegisterUserCommand command);
}
