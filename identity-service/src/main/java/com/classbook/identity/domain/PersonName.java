package com.classbook.identity.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for first and last names: letters and combining marks of any script, separated by single
 * spaces, hyphens or apostrophes. No digits, dots, slashes, line breaks or control and formatting
 * characters, so a name can neither carry a link nor reshape the text of an email.
 */
public final class PersonName {
  public static final int MAX_LENGTH = User.NAME_MAX_LENGTH;

  /** Letters first; marks and the zero-width (non-)joiners some scripts need inside a word. */
  private static final String WORD = "\\p{L}[\\p{L}\\p{M}\\u200C\\u200D]*";

  private static final Pattern SHAPE =
      Pattern.compile(WORD + "(?:[ '\\u2019\\u2010-]" + WORD + ")*");

  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private PersonName() {}

  /** NFC, trimmed, runs of spaces folded into one; null stays null. */
  public static String normalize(String name) {
    if (name == null) {
      return null;
    }
    return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).trim()).replaceAll(" ");
  }

  /** Why the (normalized) name is unacceptable, or empty when it is fine. */
  public static Optional<String> violation(String name) {
    String normalized = normalize(name);
    if (normalized == null || normalized.isEmpty()) {
      return Optional.of("must not be blank");
    }
    if (normalized.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (!SHAPE.matcher(normalized).matches()) {
      return Optional.of(
          "may contain only letters, spaces, hyphens and apostrophes, starting with a letter");
    }
    return Optional.empty();
  }

  public static boolean isValid(String name) {
    return violation(name).isEmpty();
  }
}
