package com.classbook.catalog.adapter.in.startup;

import com.classbook.catalog.application.port.in.ListCountriesQuery;
import com.classbook.catalog.application.port.in.RegisterCountryCommand;
import com.classbook.catalog.application.port.in.RegisterCountryUseCase;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.persistence.TransactionRetry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Registers the configured starter countries at startup, through the same use case as the admin API
 * so their state is published; only codes missing from the catalog are added.
 */
@ApplicationScoped
public class CountrySeeder {

  private static final Logger LOG = Logger.getLogger(CountrySeeder.class);

  private final ListCountriesQuery listCountries;
  private final RegisterCountryUseCase registerCountry;
  private final boolean enabled;
  private final List<String> seeds;

  public CountrySeeder(
      ListCountriesQuery listCountries,
      RegisterCountryUseCase registerCountry,
      @ConfigProperty(name = "classbook.catalog.seed-enabled", defaultValue = "true")
          boolean enabled,
      @ConfigProperty(name = "classbook.catalog.seed-countries") List<String> seeds) {
    this.listCountries = listCountries;
    this.registerCountry = registerCountry;
    this.enabled = enabled;
    this.seeds = seeds;
  }

  void onStart(@Observes StartupEvent started) throws Throwable {
    if (!enabled) {
      return;
    }
    List<RegisterCountryCommand> wanted = seeds.stream().map(CountrySeeder::parse).toList();
    int added = VertxContextSupport.subscribeAndAwait(() -> seed(wanted));
    LOG.infof("country seed: %d of %d starter countries added", added, wanted.size());
  }

  /** Adds the missing countries one after another; returns how many were added. */
  Uni<Integer> seed(List<RegisterCountryCommand> wanted) {
    return listCountries
        .listCountries()
        .chain(
            existing -> {
              Set<String> known =
                  existing.stream().map(c -> c.code().value()).collect(Collectors.toSet());
              Uni<Integer> added = Uni.createFrom().item(0);
              for (RegisterCountryCommand command : wanted) {
                if (known.contains(command.countryCode().value())) {
                  continue;
                }
                added = added.chain(count -> register(command).map(ok -> ok ? count + 1 : count));
              }
              return added;
            });
  }

  private Uni<Boolean> register(RegisterCountryCommand command) {
    return TransactionRetry.onDeadlock(() -> registerCountry.register(command))
        .map(country -> true)
        .onFailure(
            failure ->
                failure instanceof DomainProblem problem
                    && problem.code() == ProblemCode.COUNTRY_EXISTS)
        // Another instance seeded the same code a moment earlier.
        .recoverWithItem(false);
  }

  /** Reads one entry of the form {@code CODE|Name|Area/Zone}. */
  static RegisterCountryCommand parse(String entry) {
    String[] parts = entry.split("\\|");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "classbook.catalog.seed-countries entry must be CODE|Name|Zone, got: " + entry);
    }
    return new RegisterCountryCommand(parts[0].strip(), parts[1].strip(), parts[2].strip());
  }
}
