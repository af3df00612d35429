package com.classbook.kernel.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects field violations for self-validating command records and throws them together. */
public final class Validate {
  private final List<FieldViolation> violations = new ArrayList<>();

  public static Validate fields() {
    return new Validate();
  }

  public Validate require(boolean condition, String field, String message) {
    if (!condition) {
      violations.add(new FieldViolation(field, message));
    }
    return this;
  }

  public Validate text(String value, String field, int maxLength) {
    require(value != null && !value.isBlank(), field, "must not be blank");
    return maxLength(value, field, maxLength);
  }

  public Validate maxLength(String value, String field, int maxLength) {
    return require(
        value == null || value.length() <= maxLength,
        field,
        "must be at most " + maxLength + " characters");
  }

  public void orThrow() {
    if (!violations.isEmpty()) {
      throw new ValidationProblem(violations);
    }
  }
}
