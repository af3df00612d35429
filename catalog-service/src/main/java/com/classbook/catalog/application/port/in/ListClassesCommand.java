package com.classbook.catalog.application.port.in;

import com.classbook.kernel.page.PageRequest;
import com.classbook.kernel.problem.Validate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Which classes to list: a country, a start-time range [from, to) (from defaults to now, to is open
 * when absent) and a page. Built from raw query values so every bad one is a field error.
 */
public record ListClassesCommand(String country, Instant from, Instant to, int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1_000_000;

  public ListClassesCommand {
    Validate.fields()
        .require(CountryCodes.wellFormed(country), "country", "must be a two-letter country code")
        .require(page >= 0 && page <= MAX_PAGE, "page", "must be between 0 and " + MAX_PAGE)
        .require(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
        .require(from == null || to == null || from.isBefore(to), "to", "must be after from")
        .orThrow();
  }

  /** Parses the query parameters; absent ones take their defaults. */
  public static ListClassesCommand parse(
      String country, String from, String to, String page, String size) {
    Validate errors = Validate.fields();
    Instant fromTime = instant(from, "from", errors);
    Instant toTime = instant(to, "to", errors);
    int pageNumber = PageRequest.wholeNumber(page, 0, "page", errors);
    int pageSize = PageRequest.wholeNumber(size, DEFAULT_SIZE, "size", errors);
    errors.orThrow();
    return new ListClassesCommand(country, fromTime, toTime, pageNumber, pageSize);
  }

  private static Instant instant(String value, String field, Validate errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      errors.require(false, field, "must be an ISO-8601 instant such as 2026-12-01T01:00:00Z");
      return null;
    }
  }
}
