package com.classbook.identity.config;

import com.classbook.identity.application.service.AccountPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The account rules' numbers from configuration. */
@ApplicationScoped
public class AccountPolicyProducer {
  @Produces
  @Singleton
  AccountPolicy accountPolicy(
      @ConfigProperty(name = "classbook.tokens.verification-lifetime") Duration verification,
      @ConfigProperty(name = "classbook.tokens.reset-lifetime") Duration reset,
      @ConfigProperty(name = "classbook.tokens.refresh-lifetime") Duration refresh,
      @ConfigProperty(name = "classbook.tokens.refresh-family-max-lifetime") Duration family,
      @ConfigProperty(name = "classbook.mail.link-base-url") String linkBaseUrl) {
    return new AccountPolicy(
        verification, reset, refresh, family, linkBaseUrl.replaceAll("/+$", ""));
  }
}
