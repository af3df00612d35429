package com.classbook.catalog.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.catalog.application.port.in.ClassDetails;
import com.classbook.catalog.application.port.in.ScheduleClassCommand;
import com.classbook.catalog.application.port.in.UpdateClassCommand;
import com.classbook.catalog.domain.schedule.SeatAvailability;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassScheduleServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
  private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

  private final InMemoryCatalog catalog = new InMemoryCatalog();
  private final MutableClock clock = new MutableClock();
  private ClassScheduleService service;

  @BeforeEach
  void setUp() {
    clock.set(NOW);
    catalog.country("SG", "Asia/Singapore", true);
    catalog.country("MY", "Asia/Kuala_Lumpur", false);
    service =
        new ClassScheduleService(
            catalog.transactions(),
            catalog.classRepository(),
            catalog.countryRepository(),
            catalog.availabilityView(),
            catalog.publisher(),
            clock);
  }

  private ClassDetails schedule(String country) {
    return service
        .schedule(
            new ScheduleClassCommand(
                "Flow", "calm", country, START, START.plusSeconds(3600), 10, 2))
        .await()
        .indefinitely();
  }

  @Test
  void schedulingStoresTheClassAndAnnouncesItOnceWithTheCountrysZone() {
    ClassDetails details = schedule("sg");
    String id = details.schedule().id();
    assertEquals(10, details.availableSlots());
    assertEquals("Asia/Singapore", details.timeZone().getId());
    assertEquals(List.of("SCHEDULED:" + id + ":Asia/Singapore"), catalog.published);
    assertEquals(1, catalog.classes.size());
  }

  @Test
  void unknownAndInactiveCountriesAreRefusedWithoutAnEvent() {
    for (String country : List.of("FR", "MY", "XX")) {
      DomainProblem refused = assertThrows(DomainProblem.class, () -> schedule(country));
      assertEquals(ProblemCode.UNKNOWN_COUNTRY, refused.code());
    }
    assertEquals(List.of(), catalog.published);
    assertEquals(0, catalog.classes.size());
  }

  @Test
  void anUpdateWithoutChangesPublishesNothing() {
    String id = schedule("SG").schedule().id();
    service.update(new UpdateClassCommand(id, "Flow", "calm", 10, true)).await().indefinitely();
    service.update(new UpdateClassCommand(id, "Yin", null, null, null)).await().indefinitely();
    assertEquals(
        List.of("SCHEDULED:" + id + ":Asia/Singapore", "UPDATED:" + id + ":Asia/Singapore"),
        catalog.published);
  }

  @Test
  void capacityBelowTheViewsBookedAndReservedSeatsIsRefused() {
    String id = schedule("SG").schedule().id();
    catalog.seats.put(id, new SeatAvailability(10, 3, 2, 5));
    DomainProblem refused =
        assertThrows(
            DomainProblem.class,
            () ->
                service
                    .update(new UpdateClassCommand(id, null, null, 6, null))
                    .await()
                    .indefinitely());
    assertEquals(ProblemCode.CAPACITY_BELOW_BOOKED, refused.code());
    assertEquals(10, catalog.classes.get(id).capacity());
    ClassDetails details =
        service.update(new UpdateClassCommand(id, null, null, 7, null)).await().indefinitely();
    assertEquals(7, details.schedule().capacity());
    assertEquals(3, details.availableSlots());
  }

  @Test
  void cancellingTwiceAnnouncesOnceAndAfterTheStartIsRefused() {
    String id = schedule("SG").schedule().id();
    service.cancel(id).await().indefinitely();
    service.cancel(id).await().indefinitely();
    assertEquals(2, catalog.published.size());
    assertEquals("CANCELLED:" + id + ":Asia/Singapore", catalog.published.get(1));

    String later = schedule("SG").schedule().id();
    clock.set(START);
    DomainProblem refused =
        assertThrows(DomainProblem.class, () -> service.cancel(later).await().indefinitely());
    assertEquals(ProblemCode.NOT_CANCELLABLE, refused.code());
  }

  @Test
  void unknownClassIsNotFound() {
    DomainProblem missing =
        assertThrows(DomainProblem.class, () -> service.cancel("nope").await().indefinitely());
    assertEquals(ProblemCode.CLASS_NOT_FOUND, missing.code());
  }
}
