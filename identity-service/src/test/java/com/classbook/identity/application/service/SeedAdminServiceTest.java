package com.classbook.identity.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.domain.Role;
import com.classbook.identity.domain.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedAdminServiceTest {
  private final IdentityFakes fakes = new IdentityFakes();
  private final SeedAdminService seed = fakes.seedAdmin();

  private boolean seed(String email) {
    return seed.seed(email, "Admin123456!", "SG").await().indefinitely();
  }

  @Test
  void theAdministratorIsCreatedOnceVerifiedAndItsRegistrationPublished() {
    assertTrue(seed("admin@example.com"));
    assertFalse(seed("ADMIN@example.com"), "it exists already");

    User admin = fakes.users.findByEmail("admin@example.com").await().indefinitely().orElseThrow();
    assertEquals(Role.ADMIN, admin.role());
    assertTrue(admin.emailVerified());
    assertEquals(List.of("Registered:" + admin.id()), fakes.events.published);
  }
}
