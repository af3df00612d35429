package com.classbook.booking.domain;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Who comes to one class, for the staff: the seat-holding bookings by last name, then first name
 * (unknown names last), and the members still waiting in join order with their 1-based positions.
 */
public record ClassRoster(
    ClassInventory cls, String title, List<Attendee> bookings, List<Waiting> waitlist) {

  /** A seat-holding booking with its member's name. */
  public record Attendee(Booking booking, MemberName name) {}

  /** A waiting member's place; position 1 is promoted first. */
  public record Waiting(WaitlistPlace place, MemberName name, int position) {}

  public static ClassRoster of(
      ClassInventory cls,
      String title,
      List<Booking> seatHolders,
      List<WaitlistPlace> places,
      Map<String, MemberName> names) {
    List<Attendee> attendees =
        seatHolders.stream()
            .filter(b -> b.status().holdsSeat())
            .map(b -> new Attendee(b, nameOf(b.userId(), names)))
            .sorted(byName())
            .toList();
    List<WaitlistPlace> waiting =
        places.stream()
            .filter(WaitlistPlace::isWaiting)
            .sorted(
                Comparator.comparing(
                        WaitlistPlace::joinedAt,
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                    .thenComparing(WaitlistPlace::entryId))
            .toList();
    List<Waiting> numbered =
        IntStream.range(0, waiting.size())
            .mapToObj(
                i -> new Waiting(waiting.get(i), nameOf(waiting.get(i).userId(), names), i + 1))
            .toList();
    return new ClassRoster(cls, title, attendees, numbered);
  }

  private static MemberName nameOf(String userId, Map<String, MemberName> names) {
    return names.getOrDefault(userId, MemberName.unknown(userId));
  }

  /** Names compare alphabetically, ignoring case: "de Vries" sorts with "De Vries". */
  private static Comparator<Attendee> byName() {
    Collator collator = Collator.getInstance(Locale.ROOT);
    collator.setStrength(Collator.SECONDARY);
    Comparator<String> text = Comparator.nullsLast(collator::compare);
    return Comparator.<Attendee, String>comparing(a -> a.name().lastName(), text)
        .thenComparing(a -> a.name().firstName(), text)
        .thenComparing(a -> a.booking().id());
  }
}
