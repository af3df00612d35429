package com.classbook.identity.domain;

/** What a one-time token emailed to a user proves. */
public enum TokenPurpose {
  EMAIL_VERIFICATION,
  PASSWORD_RESET
}
