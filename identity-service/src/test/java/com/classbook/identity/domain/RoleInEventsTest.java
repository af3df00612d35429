package com.classbook.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.identity.UserEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** UserEvent.role documents (asyncapi enum) exactly the roles a user can have. */
class RoleInEventsTest {

  @Test
  void theEventsRolesAreTheRoles() {
    assertEquals(UserEvent.ROLES, Arrays.stream(Role.values()).map(Enum::name).toList());
  }
}
