package com.classbook.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address in canonical form: trimmed and lower case, so uniqueness ignores case. */
public record EmailAddress(String value) {
  public static final int MAX_LENGTH = 254;

  /**
   * No whitespace, control, formatting or separator characters anywhere: nothing reshapes a header.
   */
  private static final String PART = "[^@\\s\\p{Cc}\\p{Cf}\\p{Z}]+";

  private static final Pattern SHAPE =
      Pattern.compile("^" + PART + "@" + PART + "\\." + PART + "$");

  public EmailAddress {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an email address");
    }
    value = canonical(value);
  }

  public static boolean isValid(String value) {
    if (value == null) {
      return false;
    }
    String trimmed = value.trim();
    return trimmed.length() <= MAX_LENGTH && SHAPE.matcher(trimmed).matches();
  }

  /** The canonical form used for lookups, even of input that is not a valid address. */
  public static String canonical(String value) {
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
