package com.classbook.booking.adapter.out.persistence;

import java.util.Locale;

/** Recognises MySQL/MariaDB failures by their error text, whichever layer wrapped them. */
final class DatabaseFailures {
  private DatabaseFailures() {}

  static boolean isUniqueViolation(Throwable failure) {
    return mentions(failure, "duplicate entry");
  }

  static boolean mentions(Throwable failure, String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains(wanted)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
