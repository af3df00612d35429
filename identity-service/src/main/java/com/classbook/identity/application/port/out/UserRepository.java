package com.classbook.identity.application.port.out;

import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Stores user accounts; callers run inside a transaction. */
public interface UserRepository {
  Uni<Optional<User>> findById(UUID id);

  /**
   * Reads an account and holds it until the transaction ends, so that writes of one account apply
   * one after another, each to the state the one before it left.
   */
  Uni<Optional<User>> lockById(UUID id);

  /** Looks up by canonical (lower-case) email. */
  Uni<Optional<User>> findByEmail(String canonicalEmail);

  /** Inserts a new account; fails with EMAIL_TAKEN when the email is already registered. */
  Uni<User> insert(User user);

  /** Writes the changed state of an existing account; fails when the account does not exist. */
  Uni<User> update(User user);
}
