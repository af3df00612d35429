package com.classbook.identity.domain;

import java.time.Duration;
import java.util.Objects;

/** At most {@code max} units in a fixed window that starts with the first unit. */
public record RateLimit(int max, Duration window) {
  public RateLimit {
    Objects.requireNonNull(window);
    if (max < 1) {
      throw new IllegalArgumentException("a limit allows at least one unit, was " + max);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs a positive window, was " + window);
    }
  }
}
