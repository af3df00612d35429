package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Reads a user's own account. */
public interface GetProfileUseCase {
  Uni<User> profile(UUID userId);
}
