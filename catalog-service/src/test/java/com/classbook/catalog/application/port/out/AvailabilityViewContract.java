package com.classbook.catalog.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.domain.schedule.SeatAvailability;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AvailabilityView} does, run against the in-memory fake of the use-case tests
 * and against the MariaDB adapter.
 */
public abstract class AvailabilityViewContract {

  private final List<String> classIds = new ArrayList<>();

  /** The view under test. */
  protected abstract AvailabilityView view();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  /** Removes what a test recorded for the class {@code classId}. */
  protected abstract void forget(String classId);

  @AfterEach
  void forgetTheTestsClasses() {
    classIds.forEach(this::forget);
  }

  /** A class id of the test's own: reports are kept for any id, known class or not. */
  private String newClassId() {
    String id = UUID.randomUUID().toString();
    classIds.add(id);
    return id;
  }

  private Optional<SeatAvailability> find(String classId) {
    return inTransaction(() -> view().find(classId));
  }

  private void record(String classId, SeatAvailability seats) {
    inTransaction(() -> view().record(classId, seats));
  }

  @Test
  void aReportIsFoundUntilTheNextOneReplacesIt() {
    String id = newClassId();
    assertEquals(Optional.empty(), find(id), "no report yet");

    record(id, new SeatAvailability(10, 7, 1, 2));
    assertEquals(Optional.of(new SeatAvailability(10, 7, 1, 2)), find(id));

    record(id, new SeatAvailability(12, 3, 0, 9));
    assertEquals(Optional.of(new SeatAvailability(12, 3, 0, 9)), find(id));
  }

  @Test
  void manyClassesAreReadAtOnceAndThoseWithoutAReportAreLeftOut() {
    String one = newClassId();
    String other = newClassId();
    String unreported = newClassId();
    record(one, new SeatAvailability(10, 10, 0, 0));
    record(other, new SeatAvailability(5, 0, 2, 3));

    assertEquals(
        Map.of(one, new SeatAvailability(10, 10, 0, 0), other, new SeatAvailability(5, 0, 2, 3)),
        inTransaction(() -> view().findAll(List.of(one, other, unreported))));
    assertEquals(Map.of(), inTransaction(() -> view().findAll(List.of())));
  }
}
