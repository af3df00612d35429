package com.classbook.catalog.application.port.in;

import com.classbook.kernel.value.CountryCode;
import java.util.Locale;

/** Reading country codes given by clients: case-insensitive, two letters. */
public final class CountryCodes {
  private CountryCodes() {}

  /** Two ASCII letters; whether the catalog knows the country is decided later. */
  public static boolean wellFormed(String code) {
    return code != null && code.strip().matches("[A-Za-z]{2}");
  }

  /** The ISO code, or null when {@code code} is not one (such a country is unknown anyway). */
  public static CountryCode parseOrNull(String code) {
    return CountryCode.isValid(code == null ? null : code.strip())
        ? new CountryCode(code.strip().toUpperCase(Locale.ROOT))
        : null;
  }
}
