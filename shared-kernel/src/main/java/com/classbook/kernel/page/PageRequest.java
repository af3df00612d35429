package com.classbook.kernel.page;

import com.classbook.kernel.problem.Validate;

/** Which page of a list to read: {@code page} is 0-based, {@code size} 1 to 100 (default 20). */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1_000_000;

  public PageRequest {
    Validate.fields()
        .require(page >= 0 && page <= MAX_PAGE, "page", "must be between 0 and " + MAX_PAGE)
        .require(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
        .orThrow();
  }

  /** The first page of the default size. */
  public static PageRequest first() {
    return new PageRequest(0, DEFAULT_SIZE);
  }

  /** Parses the {@code page} and {@code size} query values; absent ones take their defaults. */
  public static PageRequest parse(String page, String size) {
    Validate errors = Validate.fields();
    int pageNumber = wholeNumber(page, 0, "page", errors);
    int pageSize = wholeNumber(size, DEFAULT_SIZE, "size", errors);
    errors.orThrow();
    return new PageRequest(pageNumber, pageSize);
  }

  /** The number of items before this page. */
  public long offset() {
    return (long) page * size;
  }

  /**
   * A whole-number query value, or {@code fallback} when absent; a malformed one is recorded in
   * {@code errors} under {@code field}, so several fields can be reported together.
   */
  public static int wholeNumber(String value, int fallback, String field, Validate errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      errors.require(false, field, "must be a whole number");
      return fallback;
    }
  }
}
