package com.classbook.waitlist.application.port.out;

import io.smallrye.mutiny.Uni;

/** Short-lived service tokens (group SERVICE) for calls to other services' internal APIs. */
public interface ServiceTokens {
  /** A valid access token, cached until shortly before it expires. */
  Uni<String> accessToken();

  /** Forgets the cached token, e.g. after the callee rejected it. */
  void invalidate();
}
