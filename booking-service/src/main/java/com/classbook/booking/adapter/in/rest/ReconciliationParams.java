package com.classbook.booking.adapter.in.rest;

import com.classbook.kernel.problem.ValidationProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters of the reconciliation reads, parsed here so bad input is a 400, not a 404. */
final class ReconciliationParams {
  static final int MAX_LIMIT = 500;

  private ReconciliationParams() {}

  static Instant instant(String value, String field, Instant otherwise) {
    if (value == null || value.isBlank()) {
      if (otherwise != null) {
        return otherwise;
      }
      throw ValidationProblem.of(
          field, "required: an ISO-8601 instant such as 2030-01-01T08:00:00Z");
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ValidationProblem.of(field, "must be an ISO-8601 instant such as 2030-01-01T08:00:00Z");
    }
  }

  static int limit(String value) {
    if (value == null || value.isBlank()) {
      return 100;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ValidationProblem.of("limit", "must be a number from 1 to " + MAX_LIMIT);
  }

  static String after(String value) {
    return value == null ? "" : value;
  }
}
