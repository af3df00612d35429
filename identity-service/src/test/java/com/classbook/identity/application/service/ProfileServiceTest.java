package com.classbook.identity.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.identity.application.port.in.RegisterUserCommand;
import com.classbook.identity.application.port.in.UpdateProfileCommand;
import com.classbook.identity.domain.Role;
import com.classbook.identity.domain.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {
  private final IdentityFakes fakes = new IdentityFakes();
  private final ProfileService profiles = fakes.profiles();
  private final User user =
      fakes
          .registration()
          .register(
              new RegisterUserCommand("ada@example.com", "long-enough-1", "Ada", "L", "SG", "a"))
          .await()
          .indefinitely();

  private User update(String firstName, String countryCode) {
    return profiles
        .update(new UpdateProfileCommand(user.id(), firstName, null, countryCode))
        .await()
        .indefinitely();
  }

  @Test
  void aChangedProfileIsStoredAndPublishedAnUnchangedOneIsNot() {
    update("Ada", "SG");
    assertEquals(List.of("Registered:" + user.id()), fakes.events.published);

    User updated = update("Grace", null);

    assertEquals("Grace", updated.firstName());
    assertEquals("Grace", fakes.users.byId.get(user.id()).firstName());
    assertEquals(
        List.of("Registered:" + user.id(), "ProfileUpdated:" + user.id()), fakes.events.published);
  }

  @Test
  void aRoleChangeIsPublishedAsAProfileUpdateOnce() {
    profiles.changeRole(user.id(), Role.STAFF).await().indefinitely();
    profiles.changeRole(user.id(), Role.STAFF).await().indefinitely();

    assertEquals(Role.STAFF, fakes.users.byId.get(user.id()).role());
    assertEquals(
        List.of("Registered:" + user.id(), "ProfileUpdated:" + user.id()), fakes.events.published);
  }
}
