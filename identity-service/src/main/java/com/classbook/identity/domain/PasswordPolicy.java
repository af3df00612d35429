package com.classbook.identity.domain;

import java.util.Optional;

/** The rules a new password must meet; the upper bound keeps hashing cost predictable. */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** Why the password is unacceptable, or empty when it is fine. */
  public static Optional<String> violation(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("must not be blank");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (password.isBlank()) {
      return Optional.of("must not be only whitespace");
    }
    return Optional.empty();
  }
}
