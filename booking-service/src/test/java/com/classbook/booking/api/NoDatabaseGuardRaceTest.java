package com.classbook.booking.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.adapter.out.persistence.UnguardedClassInventory;
import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.NoClassLock;
import com.classbook.booking.support.Race;
import com.classbook.kernel.event.catalog.ClassState;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Negative control: with the guarded seat update replaced by a read-then-write (and no lock), the
 * same burst oversells or breaks the seat accounting. This proves the race tests really race.
 */
@QuarkusTest
@TestProfile(NoDatabaseGuardRaceTest.WithoutGuard.class)
class NoDatabaseGuardRaceTest {

  /** The racy seat update and no class lock: beans of the test sources, enabled only here. */
  public static class WithoutGuard implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(UnguardedClassInventory.class, NoClassLock.class);
    }
  }

  @Test
  void withoutTheGuardTheRaceOversells() throws Exception {
    int capacity = 3;
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(7), capacity, 1);
    List<String> tokens = Race.membersWithCredits(24, "SG", 1);

    // The interleaving is forced, not hoped for: with the class row held, every request reads 3
    // free seats and then waits in its write; once four wait, all of them write "2" in turn.
    Race.InFlight race;
    try (AutoCloseable held = Db.lockClassRow(cls.id())) {
      race = Race.start(tokens, cls.id());
      Db.awaitRunning(
          "UPDATE class_inventory SET free_slots%", capacity + 1, Duration.ofSeconds(60));
    }
    Map<Integer, Long> statuses = race.statuses();

    long confirmed =
        Db.count(
            "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ? AND status = 'CONFIRMED'",
            cls.id());
    assertTrue(
        confirmed > capacity,
        confirmed + " confirmed of " + capacity + " seats, statuses " + statuses);
  }
}
