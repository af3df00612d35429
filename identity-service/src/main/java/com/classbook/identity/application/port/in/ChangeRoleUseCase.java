package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.Role;
import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Lets an administrator make a user a member, staff or administrator. */
public interface ChangeRoleUseCase {
  Uni<User> changeRole(UUID userId, Role role);
}
