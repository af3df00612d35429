package com.classbook.booking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Which payment adapter charges members, and how it reaches its processor. */
@ConfigMapping(prefix = "classbook.payment")
public interface PaymentSettings {

  /** {@code stripe} (production) or {@code simulated} (moves no money). */
  @WithDefault("stripe")
  String provider();

  /** The simulator is refused unless this is true: dev and test set it, production never. */
  @WithDefault("false")
  boolean simulatorAllowed();

  Stripe stripe();

  /** The Stripe API client. */
  interface Stripe {
    /** The secret API key ({@code sk_live_...}); required when the provider is stripe. */
    Optional<String> secretKey();

    @WithDefault("https://api.stripe.com")
    String apiBase();

    @WithDefault("PT5S")
    Duration connectTimeout();

    @WithDefault("PT20S")
    Duration readTimeout();

    /** Retries of a failed connection by the client itself, with the same idempotency key. */
    @WithDefault("2")
    int maxNetworkRetries();
  }
}
