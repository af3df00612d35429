package com.classbook.identity.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.OptionalLong;

/**
 * Limits password guesses per account and per client address across all instances. An attempt is
 * reserved before its password is checked, so a burst of parallel requests cannot get more checks
 * than the limit; a reservation whose password turned out wrong stays as the failure.
 */
public interface LoginAttemptLimiter {
  /** Reserves one attempt; empty when granted, else the seconds until the caller may retry. */
  Uni<OptionalLong> reserveAttempt(String canonicalEmail, String clientAddress);

  /**
   * The password was right: forgets the account's failures, gives the address its attempt back and
   * remembers that this address knows this account's password.
   */
  Uni<Void> passwordAccepted(String canonicalEmail, String clientAddress);

  /** Gives back an attempt whose password was never checked (the check could not run). */
  Uni<Void> release(String canonicalEmail, String clientAddress);
}
