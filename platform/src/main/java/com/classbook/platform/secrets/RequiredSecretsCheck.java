package com.classbook.platform.secrets;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Uses {@link RequiredSecrets} so that every service registers the mapping: an unused mapping is
 * dropped from the build and then never checked.
 */
@ApplicationScoped
class RequiredSecretsCheck {

  void onStart(@Observes StartupEvent event, RequiredSecrets secrets) {
    // The check itself ran when the configuration was built, before anything connected.
  }
}
