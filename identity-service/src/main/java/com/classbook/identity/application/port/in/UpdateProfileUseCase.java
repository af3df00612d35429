package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;

/** Changes a user's names or home country (which must be an active catalog country). */
public interface UpdateProfileUseCase {
  Uni<User> update(UpdateProfileCommand command);
}
