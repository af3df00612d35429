package com.classbook.waitlist.application.service;

import com.classbook.platform.testing.FakeTables;
import com.classbook.platform.testing.MutableClock;
import com.classbook.waitlist.application.port.in.JoinWaitlistCommand;
import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.domain.ScheduledClass;
import java.time.Duration;
import java.time.Instant;

/** The application services wired to in-memory fakes, as one waitlist service instance. */
final class Waitlist {
  final MutableClock clock = startingAt(Instant.parse("2030-01-01T08:00:00Z"));
  final WaitlistFakes.Entries store = new WaitlistFakes.Entries();
  final WaitlistFakes.Classes classes = new WaitlistFakes.Classes();
  final WaitlistFakes.EntriesWithClasses entries =
      new WaitlistFakes.EntriesWithClasses(store, classes);
  final WaitlistFakes.Slots slots = new WaitlistFakes.Slots();
  final WaitlistFakes.Events events = new WaitlistFakes.Events();
  final WaitlistFakes.Queue queue = new WaitlistFakes.Queue();
  final WaitlistFakes.DirectLock lock = new WaitlistFakes.DirectLock();
  final WaitlistFakes.Booking booking = new WaitlistFakes.Booking();
  private final FakeTables tables = FakeTables.of(store.rows, slots.rows, events.published);
  final TransactionRunner tx = tables::inTransaction;
  final WaitlistFakes.Metrics metrics = new WaitlistFakes.Metrics();

  final EntryTransitions transitions = new EntryTransitions(entries, events, queue, tx, metrics);
  final HoldRefunds refunds = new HoldRefunds(booking, transitions, clock);
  final QueuePositions positions = new QueuePositions(queue, entries, lock, tx);
  final JoinWaitlistService join =
      new JoinWaitlistService(entries, booking, events, queue, positions, tx, metrics, clock);
  final LeaveWaitlistService leave =
      new LeaveWaitlistService(entries, booking, transitions, lock, tx, clock);
  final ListMyWaitlistService mine = new ListMyWaitlistService(entries, positions, tx);
  final PromoteFromWaitlistService promotion =
      new PromoteFromWaitlistService(
          slots, entries, classes, booking, lock, tx, transitions, refunds, clock, settings(100));
  final RecordFreedSlotService freedSlots = new RecordFreedSlotService(slots, tx, clock);
  final RefundWaitlistService refund =
      new RefundWaitlistService(entries, classes, refunds, lock, tx, clock, settings(100));
  final SyncClassScheduleService schedules = new SyncClassScheduleService(classes, tx);
  final ReconcileWithBookingService reconciliation =
      new ReconcileWithBookingService(booking, entries, slots, promotion, tx, clock, settings(2));

  private static MutableClock startingAt(Instant start) {
    MutableClock clock = new MutableClock();
    clock.set(start);
    return clock;
  }

  /** The production defaults, with {@code batchSize} rows per pass or page. */
  static WaitlistSettings settings(int batchSize) {
    return new WaitlistSettings(
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        Duration.ofMinutes(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(2),
        batchSize);
  }

  /** A class starting in two hours, known to the replica. */
  String scheduledClass(String id) {
    Instant start = clock.instant().plus(Duration.ofHours(2));
    schedules
        .apply(new ScheduledClass(id, start, start.plus(Duration.ofHours(1)), true, false))
        .await()
        .indefinitely();
    return id;
  }

  WaitlistEntryView joins(String member, String classId) {
    return join.join(new JoinWaitlistCommand(member, classId, null)).await().indefinitely();
  }

  /** A booking of the class was cancelled and its seat reserved for the waitlist. */
  void seatFreed(String classId, String slotRef) {
    booking.reserve(slotRef);
    freedSlots.recordFreedSlot(classId, slotRef).await().indefinitely();
    promotion.resolve(slotRef).await().indefinitely();
  }
}
