package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.in.RecordFreedSlotUseCase;
import com.classbook.waitlist.application.port.out.FreedSlotRepository;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.domain.FreedSlot;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Records a seat the booking service reserved for the waitlist, once per seat. */
@ApplicationScoped
public class RecordFreedSlotService implements RecordFreedSlotUseCase {

  private final FreedSlotRepository slots;
  private final TransactionRunner transactions;
  private final Clock clock;

  RecordFreedSlotService(FreedSlotRepository slots, TransactionRunner transactions, Clock clock) {
    this.slots = slots;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Uni<Void> recordFreedSlot(String classId, String slotRef) {
    return transactions
        .inTransaction(
            () -> slots.recordIfNew(FreedSlot.received(slotRef, classId, clock.instant())))
        .replaceWithVoid();
  }
}
