package com.classbook.waitlist.adapter.in.scheduling;

import com.classbook.waitlist.application.port.in.PromoteFromWaitlistUseCase;
import com.classbook.waitlist.application.port.in.ReconcileWithBookingUseCase;
import com.classbook.waitlist.application.port.in.RefundWaitlistUseCase;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Periodic work: retries unresolved freed seats, refunds holds of classes that started or were
 * cancelled, and reconciles with the booking service (reserved seats nobody announced, holds
 * without an entry). All are safe to run on several instances at once.
 */
@ApplicationScoped
public class WaitlistJobs {

  private static final Logger LOG = Logger.getLogger(WaitlistJobs.class);

  private final PromoteFromWaitlistUseCase promotions;
  private final RefundWaitlistUseCase refunds;
  private final ReconcileWithBookingUseCase reconciliation;

  public WaitlistJobs(
      PromoteFromWaitlistUseCase promotions,
      RefundWaitlistUseCase refunds,
      ReconcileWithBookingUseCase reconciliation) {
    this.promotions = promotions;
    this.refunds = refunds;
    this.reconciliation = reconciliation;
  }

  @Scheduled(
      every = "${classbook.waitlist.reconcile.seats-interval:5s}",
      delayed = "${classbook.waitlist.jobs.delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> adoptReservedSeats() {
    return logged("reserved seat reconciliation", reconciliation.adoptReservedSeats());
  }

  @Scheduled(
      every = "${classbook.waitlist.reconcile.holds-interval:30s}",
      delayed = "${classbook.waitlist.jobs.delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> releaseOrphanHolds() {
    return logged("orphan hold reconciliation", reconciliation.releaseOrphanHolds());
  }

  private static Uni<Void> logged(String pass, Uni<Integer> run) {
    return run.invoke(count -> LOG.debugf("%s: %d", pass, count))
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("%s failed, the next pass retries: %s", pass, failure.getMessage());
              return 0;
            })
        .replaceWithVoid();
  }

  @Scheduled(
      every = "${classbook.waitlist.slot-retry.interval:5s}",
      delayed = "${classbook.waitlist.jobs.delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> retryFreedSlots() {
    return promotions
        .resolveDueSlots()
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("freed seat retry pass failed: %s", failure.getMessage());
              return 0;
            })
        .replaceWithVoid();
  }

  @Scheduled(
      every = "${classbook.waitlist.refund.interval:30s}",
      delayed = "${classbook.waitlist.jobs.delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> refundStartedClasses() {
    return refunds
        .refundDueEntries()
        .invoke(count -> LOG.debugf("refund pass: %d classes with refunds", count))
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("refund pass failed: %s", failure.getMessage());
              return 0;
            })
        .replaceWithVoid();
  }
}
