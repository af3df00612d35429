package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.in.CountryCodes;
import com.classbook.catalog.application.port.in.GetCountryQuery;
import com.classbook.catalog.application.port.in.ListCountriesQuery;
import com.classbook.catalog.application.port.in.RegisterCountryCommand;
import com.classbook.catalog.application.port.in.RegisterCountryUseCase;
import com.classbook.catalog.application.port.in.UpdateCountryCommand;
import com.classbook.catalog.application.port.in.UpdateCountryUseCase;
import com.classbook.catalog.application.port.out.CatalogEventPublisher;
import com.classbook.catalog.application.port.out.ClassScheduleRepository;
import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.schedule.ClassChange;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** Country administration and listing; the transaction boundary of country changes. */
@ApplicationScoped
public class CountryService
    implements RegisterCountryUseCase, UpdateCountryUseCase, ListCountriesQuery, GetCountryQuery {

  private final CountryRepository countries;
  private final ClassScheduleRepository classes;
  private final CatalogEventPublisher events;
  private final Clock clock;

  public CountryService(
      CountryRepository countries,
      ClassScheduleRepository classes,
      CatalogEventPublisher events,
      Clock clock) {
    this.countries = countries;
    this.classes = classes;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @WithTransaction
  public Uni<Country> register(RegisterCountryCommand command) {
    CountryCode code = command.countryCode();
    return countries
        .findByCode(code)
        .chain(
            existing -> {
              if (existing.isPresent()) {
                throw new DomainProblem(ProblemCode.COUNTRY_EXISTS, "country " + code + " exists");
              }
              Country country = Country.register(code, command.name(), command.zone());
              return countries
                  .add(country)
                  .chain(() -> events.countryChanged(country))
                  .replaceWith(country);
            });
  }

  @Override
  @WithTransaction
  public Uni<Country> update(UpdateCountryCommand command) {
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
              ZoneId zoneBefore = country.timeZone();
              if (!country.update(command.name(), command.zone(), command.active())) {
                return Uni.createFrom().item(country);
              }
              Uni<Void> saved = countries.save(country).chain(() -> events.countryChanged(country));
              if (!zoneBefore.equals(country.timeZone())) {
                // Class events carry the zone: consumers must see the new one on every class
                // that still lies ahead.
                saved = saved.chain(() -> republishUpcomingClasses(country));
              }
              return saved.replaceWith(country);
            });
  }

  @Override
  @WithSession
  public Uni<Country> getCountry(String code) {
    CountryCode parsed = CountryCodes.parseOrNull(code);
    if (parsed == null) {
      return Uni.createFrom().failure(notFound(code));
    }
    return countries.findByCode(parsed).map(found -> found.orElseThrow(() -> notFound(code)));
  }

  @Override
  @WithSession
  public Uni<List<Country>> listCountries() {
    return countries.findAllByCode();
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
      all = all.chain(() -> events.classChanged(ClassChange.UPDATED, schedule, zone));
    }
    return all;
  }

  private static DomainProblem notFound(String code) {
    return new DomainProblem(ProblemCode.NOT_FOUND, "no country with code " + code);
  }
}
