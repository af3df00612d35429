package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.in.ClassDetails;
import com.classbook.catalog.application.port.in.ClassPage;
import com.classbook.catalog.application.port.in.GetClassQuery;
import com.classbook.catalog.application.port.in.ListClassesCommand;
import com.classbook.catalog.application.port.in.ListClassesQuery;
import com.classbook.catalog.application.port.out.AvailabilityView;
import com.classbook.catalog.application.port.out.ClassScheduleRepository;
import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.problem.ValidationProblem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The public class reads: one class, and the paged listing with free seats from the view. */
@ApplicationScoped
public class ClassCatalogService implements GetClassQuery, ListClassesQuery {

  private final TransactionRunner tx;
  private final ClassScheduleRepository classes;
  private final ActiveCountries countries;
  private final AvailabilityView availability;
  private final Clock clock;

  public ClassCatalogService(
      TransactionRunner tx,
      ClassScheduleRepository classes,
      CountryRepository countries,
      AvailabilityView availability,
      Clock clock) {
    this.tx = tx;
    this.classes = classes;
    this.countries = new ActiveCountries(countries);
    this.availability = availability;
    this.clock = clock;
  }

  @Override
  public Uni<ClassDetails> getClass(String classId) {
    return tx.inSession(
        () -> {
          return classes
              .findById(classId)
              .map(found -> found.orElseThrow(() -> ClassScheduleService.notFound(classId)))
              .chain(
                  schedule ->
                      availability
                          .find(schedule.id())
                          .chain(
                              seats ->
                                  countries
                                      .existing(schedule.countryCode())
                                      .map(
                                          country ->
                                              new ClassDetails(
                                                  schedule,
                                                  country.timeZone(),
                                                  schedule.availableSlots(seats.orElse(null))))));
        });
  }

  @Override
  public Uni<ClassPage> listClasses(ListClassesCommand command) {
    return tx.inSession(
        () -> {
          Instant from = command.from() != null ? command.from() : clock.instant();
          if (command.to() != null && !from.isBefore(command.to())) {
            return Uni.createFrom().failure(ValidationProblem.of("to", "must be after from (now)"));
          }
          return countries
              .forListing(command.country())
              .chain(
                  country -> {
                    if (country.isEmpty()) {
                      return Uni.createFrom()
                          .item(new ClassPage(List.of(), command.page(), command.size(), 0));
                    }
                    return classes
                        .findListed(
                            country.get().code(),
                            from,
                            command.to(),
                            command.page(),
                            command.size())
                        .chain(found -> withSeats(found, country.get(), command));
                  });
        });
  }

  private Uni<ClassPage> withSeats(
      ClassScheduleRepository.SchedulePage found, Country country, ListClassesCommand command) {
    List<String> ids = found.items().stream().map(ClassSchedule::id).toList();
    return availability
        .findAll(ids)
        .map(
            seats ->
                new ClassPage(
                    found.items().stream()
                        .map(
                            schedule ->
                                new ClassDetails(
                                    schedule,
                                    country.timeZone(),
                                    schedule.availableSlots(seats.get(schedule.id()))))
                        .toList(),
                    command.page(),
                    command.size(),
                    found.total()));
  }
}
