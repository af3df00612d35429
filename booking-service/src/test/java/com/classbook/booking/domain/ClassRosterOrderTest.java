package com.classbook.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassRosterOrderTest {

  private static final Instant START = Instant.parse("2030-01-03T08:00:00Z");
  private static final ClassInventory CLASS =
      new ClassInventory(
          "c", "SG", START, START.plus(Duration.ofHours(1)), 4, 0, 0, 1, true, false, 3);

  private static Booking booking(String id, String userId, BookingStatus status) {
    return new Booking(
        id, userId, "c", "p", 1, status, START.minusSeconds(600), null, null, false, 0, null, null);
  }

  private static WaitlistPlace place(String id, String userId, String status, Instant joinedAt) {
    return new WaitlistPlace(id, userId, "c", "h-" + id, status, joinedAt);
  }

  @Test
  void bookingsGoByLastThenFirstNameWhateverTheCaseAndUnknownNamesComeLast() {
    Map<String, MemberName> names =
        Map.of(
            "u1", new MemberName("u1", "Zoe", "baker"),
            "u2", new MemberName("u2", "Amy", "Baker"),
            "u3", new MemberName("u3", "Max", "Adams"));
    ClassRoster roster =
        ClassRoster.of(
            CLASS,
            "Spin",
            List.of(
                booking("b1", "u1", BookingStatus.CONFIRMED),
                booking("b4", "u4", BookingStatus.NO_SHOW),
                booking("b2", "u2", BookingStatus.CHECKED_IN),
                booking("b3", "u3", BookingStatus.CONFIRMED),
                booking("b5", "u5", BookingStatus.CANCELLED)),
            List.of(),
            names);

    assertEquals(
        List.of("b3", "b2", "b1", "b4"),
        roster.bookings().stream().map(a -> a.booking().id()).toList(),
        "Adams, Amy Baker, Zoe baker, then the unknown; no cancelled booking");
    ClassRoster.Attendee unknown = roster.bookings().get(3);
    assertEquals("u4", unknown.name().userId());
    assertNull(unknown.name().firstName());
    assertNull(unknown.name().lastName());
  }

  @Test
  void theWaitlistIsTheWaitingEntriesInJoinOrderNumberedFromOne() {
    Instant t = START.minus(Duration.ofDays(1));
    ClassRoster roster =
        ClassRoster.of(
            CLASS,
            "Spin",
            List.of(),
            List.of(
                place("e3", "u3", "WAITING", t.plusMillis(3)),
                place("e1", "u1", "PROMOTED", t.plusMillis(1)),
                place("e2", "u2", "WAITING", t.plusMillis(2)),
                place("e4", "u4", "LEFT", t),
                place("e5", "u5", "WAITING", t.plusMillis(3))),
            Map.of("u2", new MemberName("u2", "Ann", "Lee")));

    assertEquals(
        List.of("e2", "e3", "e5"),
        roster.waitlist().stream().map(w -> w.place().entryId()).toList(),
        "join order; the same instant by entry id");
    assertEquals(
        List.of(1, 2, 3), roster.waitlist().stream().map(ClassRoster.Waiting::position).toList());
    assertEquals("Lee", roster.waitlist().get(0).name().lastName());
    assertNull(roster.waitlist().get(1).name().lastName());
  }
}
