package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.in.JoinWaitlistCommand;
import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import com.classbook.waitlist.domain.ScheduledClass;
import java.time.Duration;
import java.time.Instant;

/** The application services wired to in-memory fakes, as one waitlist service instance. */
final class Waitlist {
  final Fakes.SettableClock clock = new Fakes.SettableClock();
  final Fakes.Entries store = new Fakes.Entries();
  final Fakes.Classes classes = new Fakes.Classes();
  final Fakes.EntriesWithClasses entries = new Fakes.EntriesWithClasses(store, classes);
  final Fakes.Slots slots = new Fakes.Slots();
  final Fakes.Events events = new Fakes.Events();
  final Fakes.Queue queue = new Fakes.Queue();
  final Fakes.DirectLock lock = new Fakes.DirectLock();
  final Fakes.Booking booking = new Fakes.Booking();
  final Fakes.FakeTransactions tx = new Fakes.FakeTransactions(store, slots, events);
  final Fakes.Metrics metrics = new Fakes.Metrics();

  final EntryTransitions transitions = new EntryTransitions(entries, events, queue, tx, metrics);
  final HoldRefunds refunds = new HoldRefunds(booking, transitions, clock);
  final QueuePositions positions = new QueuePositions(queue, entries, lock, tx);
  final JoinWaitlistService join =
      new JoinWaitlistService(entries, booking, events, queue, positions, tx, metrics, clock);
  final LeaveWaitlistService leave =
      new LeaveWaitlistService(entries, booking, transitions, lock, tx, clock);
  final MyWaitlistService mine = new MyWaitlistService(entries, positions, tx);
  final PromotionService promotion =
      new PromotionService(
          slots,
          entries,
          classes,
          booking,
          lock,
          tx,
          transitions,
          refunds,
          clock,
          Duration.ofSeconds(1),
          Duration.ofMinutes(5),
          100);
  final RefundService refund = new RefundService(entries, classes, refunds, lock, tx, clock, 100);
  final ClassScheduleService schedules = new ClassScheduleService(classes, tx);
  final ReconciliationService reconciliation =
      new ReconciliationService(
          booking,
          entries,
          slots,
          promotion,
          tx,
          clock,
          Duration.ofMinutes(1),
          Duration.ofSeconds(30),
          Duration.ofSeconds(2),
          2);

  /** A class starting in two hours, known to the replica. */
  String scheduledClass(String id) {
    Instant start = clock.now.plus(Duration.ofHours(2));
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
    promotion.recordFreedSlot(classId, slotRef).await().indefinitely();
    promotion.resolve(slotRef).await().indefinitely();
  }
}
