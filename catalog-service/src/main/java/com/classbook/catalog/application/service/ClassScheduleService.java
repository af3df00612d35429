package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.in.CancelClassUseCase;
import com.classbook.catalog.application.port.in.ClassDetails;
import com.classbook.catalog.application.port.in.ScheduleClassCommand;
import com.classbook.catalog.application.port.in.ScheduleClassUseCase;
import com.classbook.catalog.application.port.in.UpdateClassCommand;
import com.classbook.catalog.application.port.in.UpdateClassUseCase;
import com.classbook.catalog.application.port.out.AvailabilityView;
import com.classbook.catalog.application.port.out.ClassScheduleRepository;
import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.EventPublisher;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.domain.schedule.ClassFact;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.catalog.domain.schedule.SeatAvailability;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** Scheduling, changing and cancelling classes; the transaction boundary of class changes. */
@ApplicationScoped
public class ClassScheduleService
    implements ScheduleClassUseCase, UpdateClassUseCase, CancelClassUseCase {

  private final TransactionRunner tx;
  private final ClassScheduleRepository classes;
  private final ActiveCountries countries;
  private final AvailabilityView availability;
  private final EventPublisher events;
  private final Clock clock;

  public ClassScheduleService(
      TransactionRunner tx,
      ClassScheduleRepository classes,
      CountryRepository countries,
      AvailabilityView availability,
      EventPublisher events,
      Clock clock) {
    this.tx = tx;
    this.classes = classes;
    this.countries = new ActiveCountries(countries);
    this.availability = availability;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<ClassDetails> schedule(ScheduleClassCommand command) {
    return tx.inTransaction(
        () -> {
          return countries
              .require(command.countryCode())
              .chain(
                  country -> {
                    ClassFact.Scheduled scheduled =
                        ClassSchedule.schedule(
                            UUID.randomUUID().toString(),
                            command.title(),
                            command.description(),
                            country.code(),
                            command.startTime(),
                            command.endTime(),
                            command.capacity(),
                            command.requiredCredits(),
                            clock.instant(),
                            country.timeZone());
                    ClassSchedule schedule = scheduled.schedule();
                    return classes
                        .add(schedule)
                        .chain(() -> events.publish(scheduled))
                        .replaceWith(
                            new ClassDetails(schedule, country.timeZone(), schedule.capacity()));
                  });
        });
  }

  @Override
  public Uni<ClassDetails> update(UpdateClassCommand command) {
    return tx.inTransaction(
        () -> {
          return change(
              command.id(),
              (schedule, seats, zone) -> {
                Versions.require(command.expectedVersion(), schedule.version(), "the class");
                return schedule.update(
                    command.title(),
                    command.description(),
                    command.capacity(),
                    command.active(),
                    seats,
                    zone);
              });
        });
  }

  @Override
  public Uni<ClassDetails> cancel(String classId) {
    return tx.inTransaction(
        () -> {
          return change(classId, (schedule, seats, zone) -> schedule.cancel(clock.instant(), zone));
        });
  }

  /** Loads the class under a row lock, applies the change, and saves and announces it if any. */
  private Uni<ClassDetails> change(String classId, Change change) {
    return classes
        .findByIdForUpdate(classId)
        .map(found -> found.orElseThrow(() -> notFound(classId)))
        .chain(
            schedule ->
                availability
                    .find(schedule.id())
                    .chain(
                        seats ->
                            countries
                                .existing(schedule.countryCode())
                                .chain(
                                    country -> {
                                      SeatAvailability counts = seats.orElse(null);
                                      Optional<? extends ClassFact> happened =
                                          change.apply(schedule, counts, country.timeZone());
                                      ClassDetails details =
                                          new ClassDetails(
                                              schedule,
                                              country.timeZone(),
                                              schedule.availableSlots(counts));
                                      if (happened.isEmpty()) {
                                        return Uni.createFrom().item(details);
                                      }
                                      return classes
                                          .save(schedule)
                                          .chain(() -> events.publish(happened.get()))
                                          .replaceWith(details);
                                    })));
  }

  static DomainProblem notFound(String classId) {
    return new DomainProblem(ProblemCode.CLASS_NOT_FOUND, "no class " + classId);
  }

  /** A change to a loaded class, in its country's zone; what happened, if anything. */
  @FunctionalInterface
  private interface Change {
    Optional<? extends ClassFact> apply(
        ClassSchedule schedule, SeatAvailability seats, ZoneId timeZone);
  }
}
