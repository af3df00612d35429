package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.in.RefundWaitlistUseCase;
import com.classbook.waitlist.application.port.out.ClassLock;
import com.classbook.waitlist.application.port.out.ClassScheduleRepository;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import com.classbook.waitlist.application.port.out.WaitlistEntryRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Refunds unpromoted entries of started or cancelled classes. Safe to run twice and on several
 * instances: release is idempotent at the booking service and each entry ends through a guarded
 * update, so exactly one run records (and announces) its refund.
 */
@ApplicationScoped
public class RefundWaitlistService implements RefundWaitlistUseCase {

  private static final Logger LOG = Logger.getLogger(RefundWaitlistService.class);

  private final WaitlistEntryRepository entries;
  private final ClassScheduleRepository classes;
  private final HoldRefunds refunds;
  private final ClassLock lock;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final int batchSize;

  RefundWaitlistService(
      WaitlistEntryRepository entries,
      ClassScheduleRepository classes,
      HoldRefunds refunds,
      ClassLock lock,
      TransactionRunner transactions,
      Clock clock,
      WaitlistSettings settings) {
    this.entries = entries;
    this.classes = classes;
    this.refunds = refunds;
    this.lock = lock;
    this.transactions = transactions;
    this.clock = clock;
    this.batchSize = settings.batchSize();
  }

  @Override
  public Uni<Integer> refundClass(String classId) {
    return transactions
        .inTransaction(() -> classes.find(classId))
        .chain(
            known ->
                known.isPresent() && known.get().holdsDueForRefund(clock.instant())
                    ? refundWaiting(classId)
                    : Uni.createFrom().item(0));
  }

  @Override
  public Uni<Integer> refundDueEntries() {
    return transactions
        .inTransaction(() -> entries.classesDueForRefund(clock.instant(), batchSize))
        .chain(
            due ->
                Sequentially.count(
                    due,
                    classId ->
                        refundWaiting(classId)
                            .map(refunded -> refunded > 0)
                            .onFailure()
                            .recoverWithItem(
                                failure -> {
                                  LOG.warnf(
                                      "refunds of class %s postponed: %s",
                                      classId, failure.getMessage());
                                  return false;
                                })));
  }

  private Uni<Integer> refundWaiting(String classId) {
    return lock.withLock(
        classId,
        () ->
            transactions
                .inTransaction(() -> entries.waitingOf(classId))
                .chain(waiting -> Sequentially.count(waiting, refunds::refund)));
  }
}
