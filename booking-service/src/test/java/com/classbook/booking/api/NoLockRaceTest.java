package com.classbook.booking.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.NoClassLock;
import com.classbook.booking.support.Race;
import com.classbook.kernel.event.catalog.ClassState;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The class lock switched off (as if every lease expired mid-flight): the guarded updates alone
 * still give exactly capacity confirmations and conserve credits.
 */
@QuarkusTest
@TestProfile(NoLockRaceTest.WithoutLock.class)
class NoLockRaceTest {

  /** Bookings skip the class lock. */
  public static class WithoutLock implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(NoClassLock.class);
    }
  }

  @Test
  void withoutTheLockTheDatabaseGuardStillPreventsOverselling() {
    int capacity = 3;
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(7), capacity, 2);
    List<String> tokens = Race.membersWithCredits(24, "SG", 2);

    Map<Integer, Long> statuses = Race.bookAll(tokens, cls.id());

    assertEquals(capacity, statuses.getOrDefault(201, 0L), "confirmations: " + statuses);
    assertEquals(
        tokens.size() - capacity, statuses.getOrDefault(409, 0L), "CLASS_FULL: " + statuses);
    Db.assertInvariants(cls.id());
    assertEquals((tokens.size() - capacity) * 2L, Race.remainingCreditsOf(tokens));
  }

  @Test
  void withoutTheLockTheSameMemberStillGetsOneBooking() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(7), 10, 1);
    String token = Race.membersWithCredits(1, "SG", 10).get(0);

    Map<Integer, Long> statuses = Race.bookAll(java.util.Collections.nCopies(12, token), cls.id());

    assertEquals(1L, statuses.getOrDefault(201, 0L), "one confirmation: " + statuses);
    assertEquals(
        1, Db.count("SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ?", cls.id()));
    Db.assertInvariants(cls.id());
  }
}
