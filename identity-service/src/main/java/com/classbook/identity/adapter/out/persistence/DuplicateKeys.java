package com.classbook.identity.adapter.out.persistence;

/** Recognises a unique-key violation anywhere in a failure's cause chain. */
final class DuplicateKeys {
  private DuplicateKeys() {}

  static boolean isDuplicateKey(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return true;
      }
      String message = t.getMessage();
      if (message != null && message.contains("Duplicate entry")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
