package com.classbook.identity.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.platform.testing.SchemaIndexes;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migrations create the user indexes SPEC.md names (a Quarkus test, so Flyway has run). */
@QuarkusTest
class IdentitySchemaTest {
  private final SchemaIndexes indexes = SchemaIndexes.ofTestSchema("identity");

  @Test
  void emailsAreUniqueAndUsersAreIndexedByCountry() {
    assertEquals(List.of("email"), indexes.columns("users", "uk_users_email"));
    assertTrue(indexes.unique("users", "uk_users_email"));
    assertEquals(List.of("country_code"), indexes.columns("users", "idx_users_country"));
  }
}
