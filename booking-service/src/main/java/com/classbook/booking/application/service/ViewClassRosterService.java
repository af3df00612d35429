package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.ViewClassRosterUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.MemberNames;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.WaitlistReplica;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.ClassRoster;
import com.classbook.booking.domain.WaitlistPlace;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a class's roster in one read-only transaction, so its seat counts and its bookings come
 * from the same snapshot; names come from the replica and are null while unknown.
 */
@ApplicationScoped
public class ViewClassRosterService implements ViewClassRosterUseCase {

  private final TransactionRunner tx;
  private final ClassInventoryRepository classes;
  private final BookingRepository bookings;
  private final WaitlistReplica waitlist;
  private final MemberNames names;

  public ViewClassRosterService(
      TransactionRunner tx,
      ClassInventoryRepository classes,
      BookingRepository bookings,
      WaitlistReplica waitlist,
      MemberNames names) {
    this.tx = tx;
    this.classes = classes;
    this.bookings = bookings;
    this.waitlist = waitlist;
    this.names = names;
  }

  @Override
  public Uni<ClassRoster> rosterOf(String classId) {
    return tx.inTransaction(
        () ->
            classes
                .find(classId)
                .chain(
                    found ->
                        found.isPresent()
                            ? assemble(found.get())
                            : Uni.createFrom().failure(BookingProblems.classNotFound(classId))));
  }

  private Uni<ClassRoster> assemble(ClassInventory cls) {
    return classes
        .titleOf(cls.id())
        .chain(
            title ->
                bookings
                    .seatHoldersOf(cls.id())
                    .chain(holders -> withWaitlist(cls, title.orElse(null), holders)));
  }

  private Uni<ClassRoster> withWaitlist(ClassInventory cls, String title, List<Booking> holders) {
    return waitlist
        .waitingOf(cls.id())
        .chain(
            waiting ->
                names
                    .find(members(holders, waiting))
                    .map(known -> ClassRoster.of(cls, title, holders, waiting, known)));
  }

  private static Set<String> members(List<Booking> holders, List<WaitlistPlace> waiting) {
    Set<String> ids = new LinkedHashSet<>();
    holders.forEach(b -> ids.add(b.userId()));
    waiting.forEach(w -> ids.add(w.userId()));
    return ids;
  }
}
