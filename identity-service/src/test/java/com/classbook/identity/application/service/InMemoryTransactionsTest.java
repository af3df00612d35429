package com.classbook.identity.application.service;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.User;
import com.classbook.identity.domain.UserFact;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake transactions roll back as MariaDB's do, so a use-case test sees no half-done work. */
class InMemoryTransactionsTest {

  private final IdentityFakes fakes = new IdentityFakes();

  @Test
  void aFailedTransactionLeavesTheTablesAndTheOutboxAsItFoundThem() {
    UserFact.Registered registered =
        User.register(
            new EmailAddress("ada@example.com"),
            "hash",
            "Ada",
            "Lovelace",
            "SG",
            Instant.parse("2026-03-01T10:00:00Z"));

    assertThrows(
        IllegalStateException.class,
        () ->
            fakes
                .transactions
                .inTransaction(
                    () ->
                        fakes
                            .users
                            .insert(registered.user())
                            .chain(() -> fakes.events.publish(registered))
                            .chain(() -> Uni.createFrom().failure(new IllegalStateException("x"))))
                .await()
                .indefinitely());

    assertTrue(fakes.users.byId.isEmpty(), "the insert rolled back");
    assertTrue(fakes.events.published.isEmpty(), "the event rolled back with it");
  }
}
