package com.classbook.waitlist.config;

import com.classbook.waitlist.application.service.WaitlistSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the waitlist settings from configuration. */
@ApplicationScoped
public class WaitlistConfig {

  @Produces
  @Singleton
  WaitlistSettings settings(
      @ConfigProperty(name = "classbook.waitlist.slot-retry.base", defaultValue = "PT1S")
          Duration slotRetryBase,
      @ConfigProperty(name = "classbook.waitlist.slot-retry.max", defaultValue = "PT5M")
          Duration slotRetryMax,
      @ConfigProperty(name = "classbook.waitlist.reconcile.orphan-age", defaultValue = "PT1M")
          Duration orphanAge,
      @ConfigProperty(name = "classbook.waitlist.reconcile.holds-interval", defaultValue = "PT30S")
          Duration holdsInterval,
      @ConfigProperty(name = "classbook.waitlist.reconcile.seat-grace", defaultValue = "PT2S")
          Duration seatGrace,
      @ConfigProperty(name = "classbook.waitlist.batch-size", defaultValue = "100") int batchSize) {
    return new WaitlistSettings(
        slotRetryBase, slotRetryMax, orphanAge, holdsInterval, seatGrace, batchSize);
  }
}
