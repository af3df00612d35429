package com.classbook.kernel.value;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, always upper case. */
public record CountryCode(String value) {
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());

  public CountryCode {
    if (value == null || !ISO.contains(value.toUpperCase(Locale.ROOT))) {
      throw new DomainProblem(
          ProblemCode.VALIDATION_FAILED, "not an ISO 3166-1 alpha-2 country code: " + value);
    }
    value = value.toUpperCase(Locale.ROOT);
  }

  public static boolean isValid(String value) {
    return value != null && ISO.contains(value.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
