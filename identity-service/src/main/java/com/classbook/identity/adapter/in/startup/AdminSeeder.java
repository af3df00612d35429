package com.classbook.identity.adapter.in.startup;

import com.classbook.identity.application.port.in.SeedAdminUseCase;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Seeds the administrator named by classbook.admin.email / .password at startup, if set. */
@ApplicationScoped
public class AdminSeeder {
  private static final Logger LOG = Logger.getLogger(AdminSeeder.class);

  private final SeedAdminUseCase seed;
  private final Optional<String> email;
  private final Optional<String> password;
  private final String country;

  public AdminSeeder(
      SeedAdminUseCase seed,
      @ConfigProperty(name = "classbook.admin.email") Optional<String> email,
      @ConfigProperty(name = "classbook.admin.password") Optional<String> password,
      @ConfigProperty(name = "classbook.admin.country") String country) {
    this.seed = seed;
    this.email = email.filter(value -> !value.isBlank());
    this.password = password.filter(value -> !value.isBlank());
    this.country = country;
  }

  void onStart(@Observes StartupEvent event) throws Throwable {
    if (email.isEmpty() || password.isEmpty()) {
      LOG.info("no administrator configured (classbook.admin.email / classbook.admin.password)");
      return;
    }
    boolean created =
        VertxContextSupport.subscribeAndAwait(
            () -> seed.seed(email.get(), password.get(), country));
    LOG.infof(created ? "seeded administrator %s" : "administrator %s already exists", email.get());
  }
}
