package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.BookingMetrics;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ClassLock;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.DuplicateBooking;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.SlotCounter;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.MemberBookings;
import com.classbook.booking.domain.ReservedSlot;
import com.classbook.booking.domain.TimeSlot;
import com.classbook.booking.domain.UserPackage;
import com.classbook.booking.domain.WalletFact;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.platform.testing.FakeTables;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * In-memory ports of booking's use-case tests: one transaction at a time, rows as records, the
 * guarded updates with the guards of the MariaDB adapters. What a test does not touch is refused.
 */
final class BookingFakes {

  final Map<String, Booking> bookings = new LinkedHashMap<>();
  final Map<String, ClassInventory> classes = new LinkedHashMap<>();
  final Map<String, UserPackage> packages = new LinkedHashMap<>();
  final Map<String, ReservedSlot> reservedSlots = new LinkedHashMap<>();
  final List<Object> facts = new ArrayList<>();
  final Map<String, Integer> counters = new LinkedHashMap<>();
  // The class version each counter was written at, kept as Redis keeps it: no late writer
  // replaces a newer value.
  final Map<String, Long> counterVersions = new LinkedHashMap<>();

  /**
   * Rolls back as MariaDB does: a failed transaction leaves the tables and the outbox as it found.
   */
  private final FakeTables tables =
      FakeTables.of(bookings, classes, packages, reservedSlots, facts);

  final TransactionRunner tx = transactions(step -> {}, tables);

  /** Transactions that run the work at once and tell {@code journal} "begin" and "commit". */
  static TransactionRunner transactions(Consumer<String> journal) {
    return transactions(journal, FakeTables.of());
  }

  /** Transactions on {@code tables} that also tell {@code journal} "begin" and "commit". */
  static TransactionRunner transactions(Consumer<String> journal, FakeTables tables) {
    return new TransactionRunner() {
      @Override
      public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return tables.inTransaction(
            () -> {
              journal.accept("begin");
              return work.get().invoke(() -> journal.accept("commit"));
            });
      }

      @Override
      public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(work::get);
      }

      @Override
      public <T> Uni<T> inOwnTransaction(Supplier<Uni<T>> work) {
        return inTransaction(work);
      }

      @Override
      public <T> Uni<T> inOwnSession(Supplier<Uni<T>> work) {
        return inSession(work);
      }
    };
  }

  final ClassLock lock =
      new ClassLock() {
        @Override
        public <T> Uni<T> withLock(String classId, Supplier<Uni<T>> work) {
          return Uni.createFrom().deferred(work::get);
        }
      };

  final SlotCounter counter =
      new SlotCounter() {
        @Override
        public Uni<Optional<Integer>> read(String classId) {
          return item(Optional.ofNullable(counters.get(classId)));
        }

        @Override
        public Uni<Void> initialise(String classId, int freeSlots, long version) {
          if (!counters.containsKey(classId)) {
            counters.put(classId, freeSlots);
            counterVersions.put(classId, version);
          }
          return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> publish(String classId, int freeSlots, long version) {
          if (!counters.containsKey(classId)
              || version >= counterVersions.getOrDefault(classId, -1L)) {
            counters.put(classId, freeSlots);
            counterVersions.put(classId, version);
          }
          return Uni.createFrom().voidItem();
        }
      };

  final EventPublisher events =
      new EventPublisher() {
        @Override
        public Uni<Void> publish(BookingFact fact) {
          facts.add(fact);
          return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> publish(WalletFact fact) {
          facts.add(fact);
          return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> availability(ClassInventory after) {
          facts.add(after);
          return Uni.createFrom().voidItem();
        }
      };

  final BookingMetrics metrics = refuseAllBut(BookingMetrics.class, Map.of());

  final BookingRepository bookingRepository =
      new BookingRepository() {
        @Override
        public Uni<Optional<Booking>> findById(String id) {
          return item(Optional.ofNullable(bookings.get(id)));
        }

        @Override
        public Uni<Optional<Booking>> findByHoldRequest(String requestId) {
          return item(
              bookings.values().stream()
                  .filter(b -> requestId.equals(b.holdRequestId()))
                  .findFirst());
        }

        @Override
        public Uni<Optional<Booking>> findActive(String userId, String classId) {
          return item(activeOf(userId).filter(b -> b.classId().equals(classId)).findFirst());
        }

        @Override
        public Uni<MemberBookings> activeBookingsAround(
            String userId, String classId, Instant after) {
          Optional<Booking> ofClass =
              activeOf(userId).filter(b -> b.classId().equals(classId)).findFirst();
          List<TimeSlot> others =
              activeOf(userId)
                  .filter(b -> !b.classId().equals(classId))
                  .map(b -> classes.get(b.classId()).slot())
                  .filter(slot -> slot.end().isAfter(after))
                  .toList();
          return item(new MemberBookings(ofClass, others));
        }

        @Override
        public Uni<Page<Booking>> pageOf(String userId, BookingStatus status, PageRequest request) {
          throw new UnsupportedOperationException("pageOf");
        }

        @Override
        public Uni<Void> insert(Booking booking) {
          boolean requested =
              booking.holdRequestId() != null
                  && bookings.values().stream()
                      .anyMatch(b -> booking.holdRequestId().equals(b.holdRequestId()));
          if (requested) {
            return Uni.createFrom()
                .failure(new DuplicateBooking(DuplicateBooking.Guard.HOLD_REQUEST));
          }
          boolean duplicate =
              activeOf(booking.userId()).anyMatch(b -> b.classId().equals(booking.classId()));
          if (duplicate) {
            return Uni.createFrom()
                .failure(new DuplicateBooking(DuplicateBooking.Guard.ACTIVE_PER_MEMBER_AND_CLASS));
          }
          bookings.put(booking.id(), booking);
          return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Booking> transition(Booking before, Booking after) {
          Booking row = bookings.get(before.id());
          if (row == null || row.status() != before.status() || row.version() != before.version()) {
            return Uni.createFrom().failure(new ConcurrentUpdate("booking " + before.id()));
          }
          Booking written =
              new Booking(
                  after.id(),
                  after.userId(),
                  after.classId(),
                  after.userPackageId(),
                  after.creditsUsed(),
                  after.status(),
                  after.bookedAt(),
                  after.cancelledAt(),
                  after.checkedInAt(),
                  after.refunded(),
                  row.version() + 1,
                  after.holdRequestId(),
                  after.promotedSlotRef());
          bookings.put(after.id(), written);
          return item(after);
        }

        @Override
        public Uni<Long> countWaitlisted(String classId) {
          return item(
              bookings.values().stream()
                  .filter(
                      b -> b.classId().equals(classId) && b.status() == BookingStatus.WAITLISTED)
                  .count());
        }

        @Override
        public Uni<List<Booking>> seatHoldersOf(String classId) {
          throw new UnsupportedOperationException("seatHoldersOf");
        }

        @Override
        public Uni<List<Booking>> lockActiveOfClass(String classId) {
          throw new UnsupportedOperationException("lockActiveOfClass");
        }

        @Override
        public Uni<List<Booking>> waitingHolds(
            Instant placedBefore, Instant classStartsBefore, String afterId, int limit) {
          throw new UnsupportedOperationException("waitingHolds");
        }

        @Override
        public Uni<List<Booking>> claimUncheckedOfEndedClasses(Instant now, int limit) {
          throw new UnsupportedOperationException("claimUncheckedOfEndedClasses");
        }
      };

  final ClassInventoryRepository classRepository =
      refuseAllBut(
          ClassInventoryRepository.class,
          Map.of(
              "find", args -> item(Optional.ofNullable(classes.get((String) args[0]))),
              "lockById", args -> item(Optional.ofNullable(classes.get((String) args[0]))),
              "returnFreeSlot", args -> seats((String) args[0], 1, 0),
              "reserveSlot", args -> seats((String) args[0], 0, 1),
              "consumeReservedSlot", args -> seats((String) args[0], 0, -1),
              "releaseReservedSlot", args -> seats((String) args[0], 1, -1)));

  final UserPackageRepository wallet =
      refuseAllBut(
          UserPackageRepository.class,
          Map.of(
              "serialiseMember", args -> Uni.createFrom().voidItem(),
              "findOpenOf",
                  args ->
                      item(
                          packages.values().stream()
                              .filter(p -> p.userId().equals(args[0]) && !p.expired())
                              .toList()),
              "lockById", args -> item(Optional.ofNullable(packages.get((String) args[0]))),
              "debit", args -> debit((UserPackage) args[0], (int) args[1]),
              "refund", args -> refund((String) args[0], (int) args[1])));

  final ReservedSlotRepository reservedSlotRepository = new ReservedSlots(reservedSlots);

  private java.util.stream.Stream<Booking> activeOf(String userId) {
    return bookings.values().stream()
        .filter(
            b ->
                b.userId().equals(userId)
                    && (b.status() == BookingStatus.CONFIRMED
                        || b.status() == BookingStatus.CHECKED_IN
                        || b.status() == BookingStatus.WAITLISTED));
  }

  /** The seat counts' guard of the adapter: never above capacity, never below zero. */
  private Uni<Boolean> seats(String classId, int free, int reserved) {
    ClassInventory c = classes.get(classId);
    if (c == null) {
      return item(false);
    }
    int newFree = c.freeSlots() + free;
    int newReserved = c.reservedSlots() + reserved;
    if (newFree < 0 || newReserved < 0 || newFree + newReserved > c.capacity()) {
      return item(false);
    }
    classes.put(
        classId,
        new ClassInventory(
            c.id(),
            c.countryCode(),
            c.startTime(),
            c.endTime(),
            c.capacity(),
            newFree,
            newReserved,
            c.requiredCredits(),
            c.active(),
            c.cancelled(),
            c.version() + 1));
    return item(true);
  }

  private Uni<Void> debit(UserPackage read, int credits) {
    UserPackage row = packages.get(read.id());
    if (row == null || row.version() != read.version() || row.remainingCredits() < credits) {
      return Uni.createFrom().failure(new ConcurrentUpdate("user package " + read.id()));
    }
    packages.put(row.id(), row.debit(credits, null).userPackage());
    return Uni.createFrom().voidItem();
  }

  private Uni<Boolean> refund(String id, int credits) {
    UserPackage row = packages.get(id);
    if (row == null || row.remainingCredits() + credits > row.credits()) {
      return item(false);
    }
    packages.put(id, row.refund(credits, null).userPackage());
    return item(true);
  }

  /** Seats reserved for the waitlist, each reserved once and then consumed or released once. */
  static final class ReservedSlots implements ReservedSlotRepository {

    private final Map<String, ReservedSlot> rows;

    ReservedSlots(Map<String, ReservedSlot> rows) {
      this.rows = rows;
    }

    @Override
    public Uni<Void> reserve(String slotRef, String classId, Instant now) {
      if (rows.containsKey(slotRef)) {
        return Uni.createFrom()
            .failure(new IllegalStateException("slot " + slotRef + " reserved already"));
      }
      rows.put(slotRef, new ReservedSlot(slotRef, classId, ReservedSlot.State.RESERVED, null));
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<ReservedSlot>> find(String slotRef, String classId) {
      return item(
          Optional.ofNullable(rows.get(slotRef)).filter(slot -> slot.classId().equals(classId)));
    }

    @Override
    public Uni<Boolean> consume(String slotRef, String classId, String bookingId) {
      return item(leave(slotRef, classId, ReservedSlot.State.CONSUMED, bookingId));
    }

    @Override
    public Uni<Void> release(String slotRef, String classId) {
      if (!leave(slotRef, classId, ReservedSlot.State.RELEASED, null)) {
        return Uni.createFrom().failure(new ConcurrentUpdate("slot " + slotRef + " changed"));
      }
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<ReservedSlot>> reservedBefore(
        Instant createdBefore, String afterRef, int limit) {
      throw new UnsupportedOperationException("reservedBefore");
    }

    @Override
    public Uni<Integer> releaseAllOf(String classId) {
      List<ReservedSlot> reserved =
          rows.values().stream()
              .filter(
                  slot ->
                      slot.classId().equals(classId) && slot.state() == ReservedSlot.State.RESERVED)
              .toList();
      reserved.forEach(slot -> leave(slot.slotRef(), classId, ReservedSlot.State.RELEASED, null));
      return item(reserved.size());
    }

    /** RESERVED -> {@code state}, the guard of the adapter's UPDATE; false when not RESERVED. */
    private boolean leave(
        String slotRef, String classId, ReservedSlot.State state, String bookingId) {
      ReservedSlot slot = rows.get(slotRef);
      if (slot == null
          || !slot.classId().equals(classId)
          || slot.state() != ReservedSlot.State.RESERVED) {
        return false;
      }
      rows.put(slotRef, new ReservedSlot(slotRef, classId, state, bookingId));
      return true;
    }
  }

  static <T> Uni<T> item(T value) {
    return Uni.createFrom().item(value);
  }

  /** A port whose named methods answer as given; any other call fails the test loudly. */
  @SuppressWarnings("unchecked")
  static <P> P refuseAllBut(
      Class<P> port, Map<String, java.util.function.Function<Object[], Object>> methods) {
    return (P)
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
              }
              var answer = methods.get(method.getName());
              if (answer != null) {
                return answer.apply(args);
              }
              if (method.getReturnType() == void.class) {
                return null;
              }
              throw new UnsupportedOperationException(
                  port.getSimpleName() + "." + method.getName());
            });
  }
}
