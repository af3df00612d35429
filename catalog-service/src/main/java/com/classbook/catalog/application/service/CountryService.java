package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.in.CountryCodes;
import com.classbook.catalog.application.port.in.GetCountryQuery;
import com.classbook.catalog.application.port.in.ListCountriesQuery;
import com.classbook.catalog.application.port.in.RegisterCountryCommand;
import com.classbook.catalog.application.port.in.RegisterCountryUseCase;
import com.classbook.catalog.application.port.in.UpdateCountryCommand;
import com.classbook.catalog.application.port.in.UpdateCountryUseCase;
import com.classbook.catalog.application.port.out.ClassScheduleRepository;
import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.EventPublisher;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.country.CountryFact;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Country administration and listing; the transaction boundary of country changes. */
@ApplicationScoped
public class CountryService
    implements RegisterCountryUseCase, UpdateCountryUseCase, ListCountriesQuery, GetCountryQuery {

  private final TransactionRunner tx;
  private final CountryRepository countries;
  private final ClassScheduleRepository classes;
  private final EventPublisher events;
  private final Clock clock;

  public CountryService(
      TransactionRunner tx,
      CountryRepository countries,
      ClassScheduleRepository classes,
      EventPublisher events,
      Clock clock) {
    this.tx = tx;
    this.countries = countries;
    this.classes = classes;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<Country> register(RegisterCountryCommand command) {
    return tx.inTransaction(
        () -> {
          CountryCode code = command.countryCode();
          return countries
              .findByCode(code)
              .chain(
                  existing -> {
                    if (existing.isPresent()) {
                      throw new DomainProblem(
                          ProblemCode.COUNTRY_EXISTS, "country " + code + " exists");
                    }
                    CountryFact.Registered registered =
                        Country.register(code, command.name(), command.zone());
                    return countries
                        .add(registered.country())
                        .chain(() -> events.publish(registered))
                        .replaceWith(registered.country());
                  });
        });
  }

  @Override
  public Uni<Country> update(UpdateCountryCommand command) {
    return tx.inTransaction(
        () -> {
          CountryCode code = CountryCodes.parseOrNull(command.code());
          if (code == null) {
            return Uni.createFrom().failure(notFound(command.code()));
          }
          return countries
              .findByCodeForUpdate(code)
              .chain(
                  found -> {
                    Country country = found.orElseThrow(() -> notFound(command.code()));
                    Versions.require(command.expectedVersion(), country.version(), "the country");
                    Optional<CountryFact.Updated> updated =
                        country.update(command.name(), command.zone(), command.active());
                    if (updated.isEmpty()) {
                      return Uni.createFrom().item(country);
                    }
                    Uni<Void> saved =
                        countries.save(country).chain(() -> events.publish(updated.get()));
                    if (updated.get().timeZoneChanged()) {
                      // Class events carry the zone: consumers must see the new one on every class
                      // that still lies ahead.
                      saved = saved.chain(() -> republishUpcomingClasses(country));
                    }
                    return saved.replaceWith(country);
                  });
        });
  }

  @Override
  public Uni<Country> getCountry(String code) {
    return tx.inSession(
        () -> {
          CountryCode parsed = CountryCodes.parseOrNull(code);
          if (parsed == null) {
            return Uni.createFrom().failure(notFound(code));
          }
          return countries.findByCode(parsed).map(found -> found.orElseThrow(() -> notFound(code)));
        });
  }

  @Override
  public Uni<List<Country>> listCountries() {
    return tx.inSession(
        () -> {
          return countries.findAllByCode();
        });
  }

  private Uni<Void> republishUpcomingClasses(Country country) {
    return classes
        .findNotEndedByCountry(country.code(), clock.instant())
        .chain(upcoming -> publishInTurn(upcoming, country.timeZone()));
  }

  private Uni<Void> publishInTurn(List<ClassSchedule> schedules, ZoneId zone) {
    Uni<Void> all = Uni.createFrom().voidItem();
    for (ClassSchedule schedule : schedules) {
      // One session allows one statement at a time: publish sequentially.
      all = all.chain(() -> events.publish(schedule.movedTo(zone)));
    }
    return all;
  }

  private static DomainProblem notFound(String code) {
    return new DomainProblem(ProblemCode.NOT_FOUND, "no country with code " + code);
  }
}
