package com.classbook.catalog.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.catalog.application.port.out.ClassScheduleRepository.SchedulePage;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.value.CountryCode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClassScheduleRepository} does, run against the in-memory fake of the use-case
 * tests and against the MariaDB adapter.
 */
public abstract class ClassScheduleRepositoryContract extends CountryScopedContract {

  private static final Instant START = Instant.parse("2031-03-02T09:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);
  private static final ZoneId ZONE = ZoneId.of("Asia/Singapore");

  /** The repository under test. */
  protected abstract ClassScheduleRepository repository();

  private ClassSchedule added(
      String id, CountryCode country, Instant start, boolean active, boolean cancelled) {
    ClassSchedule schedule =
        new ClassSchedule(
            id,
            "Flow",
            "A calm flow",
            country,
            start,
            start.plus(Duration.ofHours(1)),
            10,
            2,
            active,
            cancelled);
    inTransaction(() -> repository().add(schedule));
    return schedule;
  }

  private String added(CountryCode country, Instant start) {
    return added(UUID.randomUUID().toString(), country, start, true, false).id();
  }

  private Optional<ClassSchedule> find(String id) {
    return inTransaction(() -> repository().findById(id));
  }

  private static List<String> ids(List<ClassSchedule> schedules) {
    return schedules.stream().map(ClassSchedule::id).toList();
  }

  @Test
  void anAddedClassIsFoundWithEveryField() {
    CountryCode country = country();
    String id = added(country, START);

    for (ClassSchedule read :
        List.of(
            find(id).orElseThrow(),
            inTransaction(() -> repository().findByIdForUpdate(id)).orElseThrow())) {
      assertEquals(id, read.id());
      assertEquals("Flow", read.title());
      assertEquals("A calm flow", read.description());
      assertEquals(country, read.countryCode());
      assertEquals(START, read.startTime());
      assertEquals(START.plus(Duration.ofHours(1)), read.endTime());
      assertEquals(10, read.capacity());
      assertEquals(2, read.requiredCredits());
      assertEquals(true, read.active());
      assertEquals(false, read.cancelled());
    }
    String unknown = UUID.randomUUID().toString();
    assertEquals(Optional.empty(), find(unknown), "an unknown class");
    assertEquals(Optional.empty(), inTransaction(() -> repository().findByIdForUpdate(unknown)));
  }

  @Test
  void aSavedClassKeepsItsChangesAndAdvancesItsVersion() {
    String id = added(country(), START);
    ClassSchedule read = inTransaction(() -> repository().findByIdForUpdate(id)).orElseThrow();
    long readAt = read.version();
    read.update("Yin", "Slow and deep", 12, false, null, ZONE);

    inTransaction(() -> repository().save(read));

    ClassSchedule again = find(id).orElseThrow();
    assertEquals("Yin", again.title());
    assertEquals("Slow and deep", again.description());
    assertEquals(12, again.capacity());
    assertEquals(false, again.active());
    assertTrue(again.version() > readAt, "the version (the ETag) advanced");
    assertEquals(again.version(), read.version(), "the saved class knows its new version");

    again.cancel(START.minus(DAY), ZONE);
    inTransaction(() -> repository().save(again));
    assertEquals(true, find(id).orElseThrow().cancelled());
  }

  @Test
  void aChangeThatIsNotSavedIsNotStored() {
    String id = added(country(), START);
    ClassSchedule read = find(id).orElseThrow();
    read.update("Unsaved", null, 3, null, null, ZONE);
    read.cancel(START.minus(DAY), ZONE);

    ClassSchedule again = find(id).orElseThrow();
    assertEquals("Flow", again.title());
    assertEquals(10, again.capacity());
    assertEquals(false, again.cancelled());
  }

  @Test
  void theListingHasTheActiveClassesStartingInTheRangeByStartThenIdPageByPage() {
    CountryCode country = country();
    Instant to = START.plus(Duration.ofDays(3));
    List<String> sameStart =
        Stream.generate(() -> UUID.randomUUID().toString()).limit(2).sorted().toList();
    String atTo = added(country, to);
    // Added in the reverse of the listed order: a store that lists in insertion order fails.
    added(sameStart.get(1), country, START.plus(DAY), true, false);
    added(sameStart.get(0), country, START.plus(DAY), true, false);
    String atFrom = added(country, START);
    added(country, START.minusSeconds(1));
    added(UUID.randomUUID().toString(), country, START.plus(DAY), false, false);
    added(UUID.randomUUID().toString(), country, START.plus(DAY), true, true);
    added(country(), START.plus(DAY));

    SchedulePage first = inTransaction(() -> repository().findListed(country, START, to, 0, 2));
    SchedulePage second = inTransaction(() -> repository().findListed(country, START, to, 1, 2));
    SchedulePage open = inTransaction(() -> repository().findListed(country, START, null, 0, 10));

    assertEquals(List.of(atFrom, sameStart.get(0)), ids(first.items()));
    assertEquals(3, first.total());
    assertEquals(List.of(sameStart.get(1)), ids(second.items()));
    assertEquals(3, second.total());
    assertEquals(List.of(atFrom, sameStart.get(0), sameStart.get(1), atTo), ids(open.items()));
    assertEquals(4, open.total());
  }

  @Test
  void theClassesThatHaveNotEndedAreFoundWhateverTheirState() {
    CountryCode country = country();
    Instant now = START;
    added(country, now.minus(Duration.ofHours(2)));
    added(country, now.minus(Duration.ofHours(1)));
    String running = added(country, now.minus(Duration.ofMinutes(30)));
    String inactive =
        added(UUID.randomUUID().toString(), country, now.plus(DAY), false, false).id();
    String cancelled = added(UUID.randomUUID().toString(), country, now.plus(DAY), true, true).id();
    added(country(), now.plus(DAY));

    Set<String> found =
        inTransaction(() -> repository().findNotEndedByCountry(country, now)).stream()
            .map(ClassSchedule::id)
            .collect(Collectors.toSet());

    assertEquals(Set.of(running, inactive, cancelled), found);
  }
}
