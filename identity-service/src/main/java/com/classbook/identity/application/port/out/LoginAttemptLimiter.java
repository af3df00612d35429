package com.classbook.identity.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.OptionalLong;

/** Counts failed logins per account and per client address across all instances. */
public interface LoginAttemptLimiter {
  /** Seconds to wait when either the account or the address is over its limit, else empty. */
  Uni<OptionalLong> retryAfter(String canonicalEmail, String clientAddress);

  Uni<Void> recordFailure(String canonicalEmail, String clientAddress);

  /** Forgets the account's failures (a successful login); the address count is kept. */
  Uni<Void> resetAccount(String canonicalEmail);
}
