package com.classbook.booking.adapter.in.scheduling;

import com.classbook.booking.application.port.in.HousekeepingUseCase;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Triggers the periodic jobs; the use case makes them safe on several instances. */
@ApplicationScoped
public class HousekeepingJobs {

  private static final Logger LOG = Logger.getLogger(HousekeepingJobs.class);

  private final HousekeepingUseCase housekeeping;

  public HousekeepingJobs(HousekeepingUseCase housekeeping) {
    this.housekeeping = housekeeping;
  }

  @Scheduled(
      every = "${classbook.booking.jobs.no-show-interval}",
      delayed = "${classbook.booking.jobs.delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> noShows() {
    return logged("no-show", housekeeping.markNoShows());
  }

  @Scheduled(
      every = "${classbook.booking.jobs.expiry-interval}",
      delayed = "${classbook.booking.jobs.delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> expiry() {
    return logged("package expiry", housekeeping.expirePackages());
  }

  /**
   * Runs shortly after start-up, then periodically: missing and wrong counters come back from
   * MySQL.
   */
  @Scheduled(
      every = "${classbook.booking.jobs.counter-rebuild-interval}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> counters() {
    return logged("counter rebuild", housekeeping.rebuildCounters());
  }

  private static Uni<Void> logged(String job, Uni<Integer> run) {
    return run.invoke(count -> LOG.debugf("%s job processed %d rows", job, count))
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("%s job failed, next run retries: %s", job, failure.getMessage());
              return 0;
            })
        .replaceWithVoid();
  }
}
