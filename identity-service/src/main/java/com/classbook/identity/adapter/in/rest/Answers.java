package com.classbook.identity.adapter.in.rest;

/**
 * The descriptions of the refusals the OpenAPI document lists, shared by the operations that can
 * give them. Every 429 and 503 of this service carries Retry-After ({@link RetryAfterHeader}).
 */
final class Answers {
  static final String TOO_MANY_ATTEMPTS =
      "TOO_MANY_ATTEMPTS: too many wrong passwords for the account (5) or, for accounts it never"
          + " signed in to, from the client address (50) in 15 minutes; Retry-After: until the"
          + " window ends";
  static final String TOO_MANY_REGISTRATIONS =
      "TOO_MANY_REQUESTS: the client address's registrations this hour (30), or the gateway's"
          + " rate per address; Retry-After";
  static final String TOO_MANY_MAIL_REQUESTS =
      "TOO_MANY_REQUESTS: this hour's requests from the client address (20) or for the email (5),"
          + " or the gateway's rate per address; Retry-After";
  static final String TOO_MANY_RESETS =
      "TOO_MANY_REQUESTS: this hour's resets from the client address (20), or the gateway's rate"
          + " per address; Retry-After";
  static final String TOO_MANY_PASSWORD_CHANGES =
      "TOO_MANY_ATTEMPTS: the account is locked by wrong passwords (wrong current passwords count),"
          + " or TOO_MANY_REQUESTS: the user's changes this hour (10), or the gateway's rate per"
          + " address; Retry-After";
  static final String HASHING_BUSY =
      "SERVICE_UNAVAILABLE: every password-hashing slot is taken; nothing was done or counted;"
          + " Retry-After: 1";
  static final String MALFORMED_EMAIL = "VALIDATION_FAILED: a missing or malformed email";

  private Answers() {}
}
