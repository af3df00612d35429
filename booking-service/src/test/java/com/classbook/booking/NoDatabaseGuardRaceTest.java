package com.classbook.booking;

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
import java.util.ArrayList;
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
  void withoutTheGuardTheRaceOversellsOrLosesSeatUpdates() {
    List<String> observed = new ArrayList<>();
    for (int round = 0; round < 5 && observed.isEmpty(); round++) {
      int capacity = 3;
      ClassState cls = Catalog.schedule("SG", Catalog.inDays(7), capacity, 1);
      List<String> tokens = Race.membersWithCredits(24, "SG", 1);

      Map<Integer, Long> statuses = Race.bookAll(tokens, cls.id());

      long confirmed =
          Db.count(
              "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ? AND status = 'CONFIRMED'",
              cls.id());
      long free = Db.count("SELECT free_slots FROM class_inventory WHERE id = ?", cls.id());
      if (confirmed > capacity || free + confirmed != capacity) {
        observed.add(
            "round "
                + round
                + ": "
                + confirmed
                + " confirmed of "
                + capacity
                + ", free "
                + free
                + ", statuses "
                + statuses);
      }
    }
    assertTrue(!observed.isEmpty(), "the unguarded update should lose a race within 5 bursts");
    System.out.println("negative control observed: " + observed);
  }
}
