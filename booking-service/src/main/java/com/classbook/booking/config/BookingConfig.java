package com.classbook.booking.config;

import com.classbook.booking.application.service.BookingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the booking settings from configuration. */
@ApplicationScoped
public class BookingConfig {

  @Produces
  @Singleton
  BookingSettings settings(
      @ConfigProperty(name = "classbook.booking.refund-cutoff", defaultValue = "PT4H")
          Duration refundCutoff,
      @ConfigProperty(name = "classbook.booking.check-in-opens-before", defaultValue = "PT15M")
          Duration checkInOpensBefore,
      @ConfigProperty(name = "classbook.booking.max-attempts", defaultValue = "5") int maxAttempts,
      @ConfigProperty(name = "classbook.booking.jobs.batch-size", defaultValue = "200")
          int jobBatchSize) {
    return new BookingSettings(refundCutoff, checkInOpensBefore, maxAttempts, jobBatchSize);
  }
}
