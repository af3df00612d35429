package com.classbook.identity.application.port.out;

import io.smallrye.mutiny.Uni;

/**
 * Slow, salted password hashing; implementations run off the event loop and resume on the caller's
 * context.
 */
public interface PasswordHasher {
  Uni<String> hash(String password);

  Uni<Boolean> verify(String password, String hash);

  /** Spends the time of a verification without an account, so timing does not reveal one. */
  Uni<Void> verifyAgainstDummy(String password);
}
