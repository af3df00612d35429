package com.classbook.waitlist.application.service;

import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.waitlist.application.port.out.BookingHolds;
import com.classbook.waitlist.application.port.out.ClassLock;
import com.classbook.waitlist.application.port.out.ClassScheduleRepository;
import com.classbook.waitlist.application.port.out.EventPublisher;
import com.classbook.waitlist.application.port.out.FreedSlotRepository;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import com.classbook.waitlist.application.port.out.WaitlistMetrics;
import com.classbook.waitlist.application.port.out.WaitlistQueue;
import com.classbook.waitlist.domain.EntryFact;
import com.classbook.waitlist.domain.EntryStatus;
import com.classbook.waitlist.domain.FreedSlot;
import com.classbook.waitlist.domain.FreedSlotState;
import com.classbook.waitlist.domain.PromotionOutcome;
import com.classbook.waitlist.domain.ReleaseOutcome;
import com.classbook.waitlist.domain.ScheduledClass;
import com.classbook.waitlist.domain.SlotReleaseOutcome;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** In-memory ports: a tiny booking service, stores with transaction rollback, a queue cache. */
final class WaitlistFakes {
  private WaitlistFakes() {}

  static final class Entries implements WaitlistEntryRepository {
    final Map<String, WaitlistEntry> rows = new LinkedHashMap<>();
    final Map<String, String> slotRefs = new HashMap<>();
    private long seq;

    @Override
    public Uni<Optional<WaitlistEntry>> findById(String id) {
      return item(Optional.ofNullable(rows.get(id)));
    }

    @Override
    public Uni<Optional<WaitlistEntry>> lockById(String id) {
      return findById(id);
    }

    @Override
    public Uni<Optional<WaitlistEntry>> findWaiting(String userId, String classId) {
      return item(
          rows.values().stream()
              .filter(
                  e -> e.isWaiting() && e.userId().equals(userId) && e.classId().equals(classId))
              .findFirst());
    }

    @Override
    public Uni<Page<WaitlistEntry>> pageByUser(String userId, PageRequest request) {
      List<WaitlistEntry> all =
          rows.values().stream()
              .filter(e -> e.userId().equals(userId))
              .sorted(Comparator.comparingLong(WaitlistEntry::joinSeq).reversed())
              .toList();
      return item(
          Page.of(
              all.stream().skip(request.offset()).limit(request.size()).toList(),
              request,
              all.size()));
    }

    @Override
    public Uni<WaitlistEntry> insert(WaitlistEntry entry) {
      if (findWaiting(entry.userId(), entry.classId()).await().indefinitely().isPresent()) {
        return Uni.createFrom()
            .failure(new DomainProblem(ProblemCode.ALREADY_WAITLISTED, "duplicate"));
      }
      WaitlistEntry stored = entry.holding(null, ++seq, 0);
      rows.put(stored.id(), stored);
      return item(stored);
    }

    @Override
    public Uni<Void> attachHold(WaitlistEntry entry) {
      rows.put(entry.id(), entry);
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Long> countWaitingBefore(String classId, long joinSeq) {
      return item(waiting(classId).stream().filter(e -> e.joinSeq() < joinSeq).count());
    }

    @Override
    public Uni<List<WaitlistEntry>> waitingOf(String classId) {
      return item(waiting(classId));
    }

    @Override
    public Uni<Optional<WaitlistEntry>> lockHead(String classId) {
      return item(waiting(classId).stream().findFirst());
    }

    @Override
    public Uni<Boolean> endWaiting(WaitlistEntry ended, String slotRef) {
      WaitlistEntry current = rows.get(ended.id());
      if (current == null || !current.isWaiting()) {
        return item(false);
      }
      rows.put(ended.id(), ended);
      if (slotRef != null) {
        slotRefs.put(ended.id(), slotRef);
      }
      return item(true);
    }

    @Override
    public Uni<List<String>> classesDueForRefund(Instant now, int limit) {
      throw new UnsupportedOperationException("set by the refund tests through Classes");
    }

    List<WaitlistEntry> waiting(String classId) {
      return rows.values().stream()
          .filter(e -> e.isWaiting() && e.classId().equals(classId))
          .sorted(Comparator.comparingLong(WaitlistEntry::joinSeq))
          .toList();
    }

    WaitlistEntry get(String id) {
      return rows.get(id);
    }
  }

  /** Entries joined with the class replica for the refund query. */
  static final class EntriesWithClasses extends DelegatingEntries {
    private final Classes classes;

    EntriesWithClasses(Entries entries, Classes classes) {
      super(entries);
      this.classes = classes;
    }

    @Override
    public Uni<List<String>> classesDueForRefund(Instant now, int limit) {
      return item(
          entries.rows.values().stream()
              .filter(WaitlistEntry::isWaiting)
              .map(WaitlistEntry::classId)
              .distinct()
              .filter(
                  id -> classes.rows.containsKey(id) && classes.rows.get(id).holdsDueForRefund(now))
              .limit(limit)
              .toList());
    }
  }

  abstract static class DelegatingEntries implements WaitlistEntryRepository {
    final Entries entries;

    DelegatingEntries(Entries entries) {
      this.entries = entries;
    }

    @Override
    public Uni<Optional<WaitlistEntry>> findById(String id) {
      return entries.findById(id);
    }

    @Override
    public Uni<Optional<WaitlistEntry>> lockById(String id) {
      return entries.lockById(id);
    }

    @Override
    public Uni<Optional<WaitlistEntry>> findWaiting(String userId, String classId) {
      return entries.findWaiting(userId, classId);
    }

    @Override
    public Uni<Page<WaitlistEntry>> pageByUser(String userId, PageRequest request) {
      return entries.pageByUser(userId, request);
    }

    @Override
    public Uni<WaitlistEntry> insert(WaitlistEntry entry) {
      return entries.insert(entry);
    }

    @Override
    public Uni<Void> attachHold(WaitlistEntry entry) {
      return entries.attachHold(entry);
    }

    @Override
    public Uni<Long> countWaitingBefore(String classId, long joinSeq) {
      return entries.countWaitingBefore(classId, joinSeq);
    }

    @Override
    public Uni<List<WaitlistEntry>> waitingOf(String classId) {
      return entries.waitingOf(classId);
    }

    @Override
    public Uni<Optional<WaitlistEntry>> lockHead(String classId) {
      return entries.lockHead(classId);
    }

    @Override
    public Uni<Boolean> endWaiting(WaitlistEntry ended, String slotRef) {
      return entries.endWaiting(ended, slotRef);
    }
  }

  static final class Classes implements ClassScheduleRepository {
    final Map<String, ScheduledClass> rows = new HashMap<>();

    @Override
    public Uni<Void> upsert(ScheduledClass c) {
      ScheduledClass old = rows.get(c.id());
      boolean cancelled = c.cancelled() || (old != null && old.cancelled());
      rows.put(
          c.id(), new ScheduledClass(c.id(), c.startTime(), c.endTime(), c.active(), cancelled));
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<ScheduledClass>> find(String classId) {
      return item(Optional.ofNullable(rows.get(classId)));
    }
  }

  static final class Slots implements FreedSlotRepository {
    final Map<String, FreedSlot> rows = new LinkedHashMap<>();
    final Map<String, String> promotedEntry = new HashMap<>();

    @Override
    public Uni<Boolean> recordIfNew(FreedSlot slot) {
      return item(rows.putIfAbsent(slot.slotRef(), slot) == null);
    }

    @Override
    public Uni<Optional<FreedSlot>> find(String slotRef) {
      return item(Optional.ofNullable(rows.get(slotRef)));
    }

    @Override
    public Uni<Boolean> resolve(String slotRef, FreedSlotState state, String entryId, Instant now) {
      FreedSlot slot = rows.get(slotRef);
      if (slot == null || !slot.isPending()) {
        return item(false);
      }
      rows.put(
          slotRef,
          new FreedSlot(slotRef, slot.classId(), state, slot.attempts(), slot.nextAttemptAt()));
      if (entryId != null) {
        promotedEntry.put(slotRef, entryId);
      }
      return item(true);
    }

    @Override
    public Uni<Void> postpone(String slotRef, Instant nextAttemptAt) {
      FreedSlot slot = rows.get(slotRef);
      rows.put(
          slotRef,
          new FreedSlot(slotRef, slot.classId(), slot.state(), slot.attempts() + 1, nextAttemptAt));
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<FreedSlot>> due(Instant now, int limit) {
      return item(
          rows.values().stream()
              .filter(s -> s.isPending() && !s.nextAttemptAt().isAfter(now))
              .limit(limit)
              .toList());
    }
  }

  static final class Events implements EventPublisher {
    final List<EntryFact> published = new ArrayList<>();
    boolean failNext;

    @Override
    public Uni<Void> publish(EntryFact fact) {
      if (failNext) {
        failNext = false;
        return Uni.createFrom().failure(new IllegalStateException("outbox write failed"));
      }
      published.add(fact);
      return Uni.createFrom().voidItem();
    }

    List<EntryStatus> statusesOf(String entryId) {
      return published.stream()
          .map(EntryFact::entry)
          .filter(e -> e.id().equals(entryId))
          .map(WaitlistEntry::status)
          .toList();
    }
  }

  /** Counts what the services report, by name: "joined", a refusal code, "error", an end status. */
  static final class Metrics implements WaitlistMetrics {
    final Map<String, Integer> counts = new TreeMap<>();

    @Override
    public void joined() {
      counts.merge("joined", 1, Integer::sum);
    }

    @Override
    public void joinRefused(ProblemCode code) {
      counts.merge(code.name(), 1, Integer::sum);
    }

    @Override
    public void joinFailed() {
      counts.merge("error", 1, Integer::sum);
    }

    @Override
    public void ended(EntryStatus status) {
      counts.merge(status.name(), 1, Integer::sum);
    }
  }

  /** The sorted-set cache: per class, entry id by join sequence; {@link #flush()} empties it. */
  static final class Queue implements WaitlistQueue {
    final Map<String, TreeMap<Long, String>> sets = new HashMap<>();
    int rebuilds;

    @Override
    public Uni<Void> add(WaitlistEntry entry) {
      TreeMap<Long, String> set = sets.get(entry.classId());
      if (set != null) {
        set.put(entry.joinSeq(), entry.id());
      }
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> remove(String classId, String entryId) {
      TreeMap<Long, String> set = sets.get(classId);
      if (set != null) {
        set.values().remove(entryId);
        if (set.isEmpty()) {
          sets.remove(classId);
        }
      }
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<Integer>> position(String classId, String entryId) {
      TreeMap<Long, String> set = sets.get(classId);
      if (set == null) {
        return item(Optional.empty());
      }
      int rank = 0;
      for (String id : set.values()) {
        rank++;
        if (id.equals(entryId)) {
          return item(Optional.of(rank));
        }
      }
      return item(Optional.empty());
    }

    @Override
    public Uni<Void> rebuild(String classId, List<WaitlistEntry> waiting) {
      rebuilds++;
      TreeMap<Long, String> set = new TreeMap<>();
      waiting.forEach(e -> set.put(e.joinSeq(), e.id()));
      if (set.isEmpty()) {
        sets.remove(classId);
      } else {
        sets.put(classId, set);
      }
      return Uni.createFrom().voidItem();
    }

    void flush() {
      sets.clear();
    }
  }

  static final class DirectLock implements ClassLock {
    int uses;

    @Override
    public <T> Uni<T> withLock(String classId, Supplier<Uni<T>> work) {
      uses++;
      return Uni.createFrom().<T>deferred(work::get);
    }
  }

  /** A booking service in miniature: holds, reserved seats, idempotent calls. */
  static final class Booking implements BookingHolds {
    enum HoldState {
      WAITLISTED,
      CONFIRMED,
      CANCELLED
    }

    static final class FakeHold {
      final String bookingId;
      final String classId;
      HoldState state = HoldState.WAITLISTED;
      String slotRef;
      boolean refunded;

      FakeHold(String bookingId, String classId) {
        this.bookingId = bookingId;
        this.classId = classId;
      }
    }

    final Map<String, FakeHold> holds = new LinkedHashMap<>();
    final Map<String, String> holdByRequest = new HashMap<>();
    final Map<String, String> reservedSlots = new HashMap<>(); // slotRef -> "" free, or hold id
    final Map<String, String> reservedFor = new HashMap<>(); // slotRef -> class id
    final List<String> releasedSlots = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    DomainProblem refuseNextHold;
    boolean unavailable;
    boolean classNotBookable;

    void reserve(String slotRef) {
      reservedSlots.put(slotRef, "");
    }

    /** A seat reserved without an announcement, as a capacity change reserves one. */
    void reserve(String slotRef, String classId) {
      reserve(slotRef);
      reservedFor.put(slotRef, classId);
    }

    @Override
    public Uni<Hold> placeHold(HoldRequest request) {
      calls.add("hold " + request.requestId());
      if (unavailable) {
        return Uni.createFrom().failure(new Unavailable("down", null));
      }
      if (refuseNextHold != null) {
        DomainProblem refusal = refuseNextHold;
        refuseNextHold = null;
        return Uni.createFrom().failure(refusal);
      }
      String id =
          holdByRequest.computeIfAbsent(request.requestId(), r -> "hold-" + request.requestId());
      holds.putIfAbsent(id, new FakeHold(id, request.classId()));
      return item(new Hold(id, request.classId(), request.userId(), "pkg-1", 2));
    }

    @Override
    public Uni<PromotionOutcome> promote(String holdBookingId, String slotRef) {
      calls.add("promote " + holdBookingId + " " + slotRef);
      if (unavailable) {
        return Uni.createFrom().failure(new Unavailable("down", null));
      }
      FakeHold hold = holds.get(holdBookingId);
      if (hold == null) {
        return item(PromotionOutcome.HOLD_NOT_FOUND);
      }
      if (hold.state == HoldState.CONFIRMED && slotRef.equals(hold.slotRef)) {
        return item(PromotionOutcome.PROMOTED);
      }
      if (hold.state != HoldState.WAITLISTED) {
        return item(PromotionOutcome.HOLD_NOT_WAITING);
      }
      if (classNotBookable) {
        return item(PromotionOutcome.CLASS_NOT_BOOKABLE);
      }
      if (!"".equals(reservedSlots.get(slotRef))) {
        return item(PromotionOutcome.SLOT_NOT_RESERVED);
      }
      reservedSlots.put(slotRef, holdBookingId);
      hold.state = HoldState.CONFIRMED;
      hold.slotRef = slotRef;
      return item(PromotionOutcome.PROMOTED);
    }

    @Override
    public Uni<ReleaseOutcome> release(String holdBookingId) {
      calls.add("release " + holdBookingId);
      if (unavailable) {
        return Uni.createFrom().failure(new Unavailable("down", null));
      }
      FakeHold hold = holds.get(holdBookingId);
      if (hold == null) {
        return item(ReleaseOutcome.HOLD_NOT_FOUND);
      }
      if (hold.state == HoldState.CONFIRMED) {
        return item(ReleaseOutcome.ALREADY_PROMOTED);
      }
      hold.state = HoldState.CANCELLED;
      hold.refunded = true;
      return item(ReleaseOutcome.RELEASED);
    }

    @Override
    public Uni<SlotReleaseOutcome> releaseReservedSlot(String classId, String slotRef) {
      calls.add("release-seat " + slotRef);
      if (unavailable) {
        return Uni.createFrom().failure(new Unavailable("down", null));
      }
      String usedBy = reservedSlots.get(slotRef);
      if (usedBy == null || !usedBy.isEmpty()) {
        return item(
            releasedSlots.contains(slotRef)
                ? SlotReleaseOutcome.RELEASED
                : SlotReleaseOutcome.NOT_RESERVED);
      }
      reservedSlots.remove(slotRef);
      releasedSlots.add(slotRef);
      return item(SlotReleaseOutcome.RELEASED);
    }

    /** Every waiting hold (ages are the real service's filter), by id. */
    @Override
    public Uni<List<WaitingHold>> waitingHolds(
        Instant placedBefore, Instant classStartsBefore, String after, int limit) {
      calls.add("list holds");
      if (unavailable) {
        return Uni.createFrom().failure(new Unavailable("down", null));
      }
      return item(
          holdByRequest.entrySet().stream()
              .filter(e -> holds.get(e.getValue()).state == HoldState.WAITLISTED)
              .filter(e -> e.getValue().compareTo(after) > 0)
              .sorted(Map.Entry.comparingByValue())
              .limit(limit)
              .map(e -> new WaitingHold(e.getValue(), e.getKey(), holds.get(e.getValue()).classId))
              .toList());
    }

    @Override
    public Uni<List<ReservedSeat>> reservedSeats(Instant createdBefore, String after, int limit) {
      calls.add("list seats");
      return item(
          reservedSlots.entrySet().stream()
              .filter(e -> e.getValue().isEmpty() && reservedFor.containsKey(e.getKey()))
              .map(Map.Entry::getKey)
              .filter(slotRef -> slotRef.compareTo(after) > 0)
              .sorted()
              .limit(limit)
              .map(slotRef -> new ReservedSeat(slotRef, reservedFor.get(slotRef)))
              .toList());
    }

    long callsStartingWith(String prefix) {
      return calls.stream().filter(c -> c.startsWith(prefix)).count();
    }
  }

  static <T> Uni<T> item(T value) {
    return Uni.createFrom().item(value);
  }
}
