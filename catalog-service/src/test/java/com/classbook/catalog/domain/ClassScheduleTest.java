package com.classbook.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.catalog.domain.schedule.ClassFact;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.catalog.domain.schedule.SeatAvailability;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.kernel.value.CountryCode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassScheduleTest {
  private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
  private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");
  private static final Instant END = Instant.parse("2026-12-01T02:00:00Z");
  private static final ZoneId SG = ZoneId.of("Asia/Singapore");

  private static ClassSchedule scheduled(int capacity) {
    return ClassSchedule.schedule(
            "c-1", "Flow", "desc", new CountryCode("SG"), START, END, capacity, 2, NOW, SG)
        .schedule();
  }

  @Test
  void eachChangeIsAFactWithTheClassAsItIsAfterAndItsCountrysZone() {
    ClassFact.Scheduled scheduled =
        ClassSchedule.schedule("c-1", "Flow", "", new CountryCode("SG"), START, END, 5, 1, NOW, SG);
    ClassSchedule c = scheduled.schedule();
    assertTrue(c.active());
    assertEquals(SG, scheduled.timeZone());

    assertEquals(
        Optional.of(new ClassFact.Updated(c, SG)), c.update("Yin", null, 8, null, null, SG));
    assertEquals(
        Optional.of(new ClassFact.Updated(c, SG)),
        c.followRefusedCapacity(new SeatAvailability(9, 0, 0, 9), SG));
    assertEquals(9, c.capacity());
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    assertEquals(new ClassFact.Updated(c, tokyo), c.movedTo(tokyo));
    assertEquals(Optional.of(new ClassFact.Cancelled(c, SG)), c.cancel(NOW, SG));
    assertTrue(c.cancelled());
  }

  @Test
  void startIsShownWithTheOffsetOfTheCountrysZone() {
    ClassSchedule c = scheduled(10);
    assertEquals("2026-12-01T09:00+08:00", c.localStartIn(ZoneId.of("Asia/Singapore")).toString());
    assertEquals(
        "2026-11-30T20:00-05:00", c.localStartIn(ZoneId.of("America/New_York")).toString());
    assertEquals("2026-12-01T01:00Z", c.localStartIn(ZoneId.of("Europe/London")).toString());
  }

  @Test
  void scheduleRefusesPastStartsReversedTimesAndBadNumbers() {
    CountryCode sg = new CountryCode("SG");
    assertField(
        "startTime", () -> ClassSchedule.schedule("c", "t", "", sg, NOW, END, 1, 1, NOW, SG));
    assertField(
        "endTime", () -> ClassSchedule.schedule("c", "t", "", sg, START, START, 1, 1, NOW, SG));
    assertField(
        "endTime",
        () ->
            ClassSchedule.schedule(
                "c", "t", "", sg, START, START.plusSeconds(25 * 3600), 1, 1, NOW, SG));
    assertField(
        "capacity", () -> ClassSchedule.schedule("c", "t", "", sg, START, END, 0, 1, NOW, SG));
    assertField(
        "requiredCredits",
        () -> ClassSchedule.schedule("c", "t", "", sg, START, END, 1, 0, NOW, SG));
    assertField("title", () -> ClassSchedule.schedule("c", " ", "", sg, START, END, 1, 1, NOW, SG));
    assertField(
        "description",
        () -> ClassSchedule.schedule("c", "t", "d".repeat(2001), sg, START, END, 1, 1, NOW, SG));
  }

  @Test
  void capacityCannotDropBelowBookedAndReservedSeats() {
    ClassSchedule c = scheduled(10);
    SeatAvailability seats = new SeatAvailability(10, 4, 2, 4);
    DomainProblem refused =
        assertThrows(DomainProblem.class, () -> c.update(null, null, 5, null, seats, SG));
    assertEquals(ProblemCode.CAPACITY_BELOW_BOOKED, refused.code());
    assertEquals(10, c.capacity());
    assertTrue(c.update(null, null, 6, null, seats, SG).isPresent());
    assertEquals(6, c.capacity());
    // Without a report nobody is booked yet.
    assertTrue(c.update(null, null, 1, null, null, SG).isPresent());
  }

  @Test
  void updateReportsWhetherAnythingChanged() {
    ClassSchedule c = scheduled(10);
    assertFalse(c.update("Flow", "desc", 10, true, null, SG).isPresent());
    assertTrue(c.update("Yin", null, null, null, null, SG).isPresent());
    assertEquals("Yin", c.title());
    assertTrue(c.update(null, null, null, false, null, SG).isPresent());
    assertFalse(c.active());
  }

  @Test
  void cancelIsFinalOnceAndRefusedAfterTheStart() {
    ClassSchedule c = scheduled(10);
    assertTrue(c.cancel(NOW, SG).isPresent());
    assertTrue(c.cancelled());
    assertFalse(c.active());
    assertFalse(c.cancel(NOW, SG).isPresent(), "second cancel changes nothing");
    assertField("active", () -> c.update(null, null, null, true, null, SG));

    ClassSchedule started = scheduled(10);
    DomainProblem refused = assertThrows(DomainProblem.class, () -> started.cancel(START, SG));
    assertEquals(ProblemCode.NOT_CANCELLABLE, refused.code());
    assertFalse(started.cancelled());
  }

  @Test
  void availableSlotsComeFromTheReportCappedByCapacity() {
    ClassSchedule c = scheduled(10);
    assertEquals(10, c.availableSlots(null));
    assertEquals(3, c.availableSlots(new SeatAvailability(10, 3, 1, 6)));
    assertEquals(10, c.availableSlots(new SeatAvailability(12, 12, 0, 0)));
  }

  private static void assertField(String field, Runnable action) {
    ValidationProblem problem = assertThrows(ValidationProblem.class, action::run);
    assertEquals(field, problem.violations().get(0).field());
  }
}
