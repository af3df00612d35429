package com.classbook.identity.config;

import com.classbook.identity.application.service.AbusePolicy;
import com.classbook.identity.domain.RateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The request quotas and the mail cap from configuration; all quotas share one window. */
@ApplicationScoped
public class AbusePolicyProducer {
  @Produces
  @Singleton
  AbusePolicy abusePolicy(
      @ConfigProperty(name = "classbook.limits.window") Duration window,
      @ConfigProperty(name = "classbook.limits.register-per-address") int register,
      @ConfigProperty(name = "classbook.limits.resend-verification-per-address") int resend,
      @ConfigProperty(name = "classbook.limits.resend-verification-per-email") int resendEmail,
      @ConfigProperty(name = "classbook.limits.forgot-password-per-address") int forgot,
      @ConfigProperty(name = "classbook.limits.forgot-password-per-email") int forgotEmail,
      @ConfigProperty(name = "classbook.limits.reset-password-per-address") int reset,
      @ConfigProperty(name = "classbook.limits.change-password-per-user") int change,
      @ConfigProperty(name = "classbook.mail.max-per-recipient-per-hour") int mails) {
    return new AbusePolicy(
        new RateLimit(register, window),
        new RateLimit(resend, window),
        new RateLimit(resendEmail, window),
        new RateLimit(forgot, window),
        new RateLimit(forgotEmail, window),
        new RateLimit(reset, window),
        new RateLimit(change, window),
        new RateLimit(mails, Duration.ofHours(1)));
  }
}
