package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.in.RecordAvailabilityCommand;
import com.classbook.catalog.application.port.in.RecordAvailabilityUseCase;
import com.classbook.catalog.application.port.out.AvailabilityView;
import com.classbook.catalog.application.port.out.ClassScheduleRepository;
import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.EventPublisher;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.catalog.domain.schedule.SeatAvailability;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps the availability view in step with the booking service's reports, and the class's capacity
 * with the one the booking service keeps when it refused a cut below its booked seats.
 */
@ApplicationScoped
public class RecordAvailabilityService implements RecordAvailabilityUseCase {

  private static final Logger LOG = Logger.getLogger(RecordAvailabilityService.class);

  private final TransactionRunner tx;
  private final AvailabilityView view;
  private final ClassScheduleRepository classes;
  private final ActiveCountries countries;
  private final EventPublisher events;

  public RecordAvailabilityService(
      TransactionRunner tx,
      AvailabilityView view,
      ClassScheduleRepository classes,
      CountryRepository countries,
      EventPublisher events) {
    this.tx = tx;
    this.view = view;
    this.classes = classes;
    this.countries = new ActiveCountries(countries);
    this.events = events;
  }

  @Override
  public Uni<Void> record(RecordAvailabilityCommand command) {
    return tx.inTransaction(
        () -> {
          SeatAvailability seats = command.seats();
          return view.record(command.classId(), seats)
              .chain(() -> classes.findById(command.classId()))
              .chain(
                  found ->
                      found.isPresent() && capacityRefused(found.get(), seats)
                          ? followBooking(command.classId(), seats)
                          : Uni.createFrom().voidItem());
        });
  }

  /** A plain read first: nearly every report leaves the class alone and needs no row lock. */
  private static boolean capacityRefused(ClassSchedule schedule, SeatAvailability seats) {
    return !schedule.cancelled() && schedule.capacity() < seats.takenSlots();
  }

  private Uni<Void> followBooking(String classId, SeatAvailability seats) {
    return classes
        .findByIdForUpdate(classId)
        .chain(
            locked -> {
              if (locked.isEmpty()) {
                return Uni.createFrom().voidItem();
              }
              ClassSchedule schedule = locked.get();
              int asked = schedule.capacity();
              return countries
                  .existing(schedule.countryCode())
                  .chain(
                      country ->
                          schedule
                              .followRefusedCapacity(seats, country.timeZone())
                              .map(
                                  followed -> {
                                    LOG.warnf(
                                        "class %s: the booking service kept capacity %d (%d seats"
                                            + " booked or held); capacity %d set back",
                                        classId, schedule.capacity(), seats.takenSlots(), asked);
                                    return classes
                                        .save(schedule)
                                        .chain(() -> events.publish(followed));
                                  })
                              .orElseGet(() -> Uni.createFrom().voidItem()));
            });
  }
}
