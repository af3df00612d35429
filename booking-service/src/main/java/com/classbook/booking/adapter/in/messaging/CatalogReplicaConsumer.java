package com.classbook.booking.adapter.in.messaging;

import com.classbook.booking.application.port.in.SyncCatalogUseCase;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the class and package replicas from the catalog's topics, a polled batch per transaction;
 * the inbox gives each event one effect, and the seat counter follows a class change after its
 * commit. A batch that fails is handled one event at a time, each retried a few times and then
 * skipped. Retries resubscribe at once, on the consumer's Vert.x context (a timer thread would have
 * none for the database).
 */
@ApplicationScoped
public class CatalogReplicaConsumer {

  private static final Logger LOG = Logger.getLogger(CatalogReplicaConsumer.class);
  private static final String CLASS_REPLICA = "booking-class-replica";
  private static final String PACKAGE_REPLICA = "booking-package-replica";
  private static final int ATTEMPTS = 20;

  private final Inbox inbox;
  private final SyncCatalogUseCase sync;

  public CatalogReplicaConsumer(Inbox inbox, SyncCatalogUseCase sync) {
    this.inbox = inbox;
    this.sync = sync;
  }

  @Incoming("catalog-classes")
  public Uni<Void> onClasses(List<String> batch) {
    Set<String> changed = new LinkedHashSet<>();
    return inbox
        .handleBatchOnce(
            CLASS_REPLICA,
            batch,
            envelope -> {
              ClassState state = envelope.dataAs(ClassState.class);
              return sync.applyClass(state).invoke(() -> changed.add(state.id()));
            },
            this::onClass)
        .chain(
            inOneTransaction ->
                inOneTransaction ? refreshCounters(changed) : Uni.createFrom().voidItem());
  }

  @Incoming("catalog-packages")
  public Uni<Void> onPackages(List<String> batch) {
    return inbox
        .handleBatchOnce(
            PACKAGE_REPLICA,
            batch,
            envelope -> sync.applyPackage(envelope.dataAs(PackageState.class)),
            this::onPackage)
        .replaceWithVoid();
  }

  private Uni<Void> onClass(String json) {
    return inbox
        .handleOnce(
            CLASS_REPLICA, json, envelope -> sync.applyClass(envelope.dataAs(ClassState.class)))
        .chain(() -> refreshCounter(json))
        .onFailure()
        .retry()
        .atMost(ATTEMPTS)
        .onFailure()
        .recoverWithUni(failure -> skip("class", failure));
  }

  private Uni<Void> onPackage(String json) {
    return inbox
        .handleOnce(
            PACKAGE_REPLICA,
            json,
            envelope -> sync.applyPackage(envelope.dataAs(PackageState.class)))
        .onFailure()
        .retry()
        .atMost(ATTEMPTS)
        .onFailure()
        .recoverWithUni(failure -> skip("package", failure));
  }

  private Uni<Void> refreshCounters(Set<String> classIds) {
    Uni<Void> refreshed = Uni.createFrom().voidItem();
    for (String classId : classIds) {
      refreshed =
          refreshed.chain(
              () ->
                  sync.refreshCounter(classId)
                      .onFailure()
                      .retry()
                      .atMost(ATTEMPTS)
                      .onFailure()
                      .recoverWithUni(failure -> skip("class counter", failure)));
    }
    return refreshed;
  }

  private Uni<Void> refreshCounter(String json) {
    String classId = EventJson.read(json).dataAs(ClassState.class).id();
    return sync.refreshCounter(classId);
  }

  private static Uni<Void> skip(String what, Throwable failure) {
    LOG.errorf(failure, "catalog %s event could not be applied after %d attempts", what, ATTEMPTS);
    return Uni.createFrom().voidItem();
  }
}
