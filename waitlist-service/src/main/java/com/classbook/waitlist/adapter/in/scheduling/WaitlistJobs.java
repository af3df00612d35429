package com.classbook.waitlist.adapter.in.scheduling;

import com.classbook.waitlist.application.port.in.PromoteFromWaitlistUseCase;
import com.classbook.waitlist.application.port.in.RefundWaitlistUseCase;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Periodic work: retries unresolved freed seats and refunds holds of classes that started or were
 * cancelled. Both are safe to run on several instances at once.
 */
@ApplicationScoped
public class WaitlistJobs {

  private static final Logger LOG = Logger.getLogger(WaitlistJobs.class);

  private final PromoteFromWaitlistUseCase promotions;
  private final RefundWaitlistUseCase refunds;

  public WaitlistJobs(PromoteFromWaitlistUseCase promotions, RefundWaitlistUseCase refunds) {
    this.promotions = promotions;
    this.refunds = refunds;
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
