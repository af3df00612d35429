package com.classbook.booking.adapter.in.messaging;

import com.classbook.booking.application.port.in.SyncCatalogUseCase;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the class and package replicas from the catalog's topics; the inbox gives each event one
 * effect, and the seat counter follows a class change after its commit. Retries resubscribe at
 * once, on the consumer's Vert.x context (a timer thread would have none for the database).
 */
@ApplicationScoped
public class CatalogReplicaConsumer {

  private static final Logger LOG = Logger.getLogger(CatalogReplicaConsumer.class);
  private static final int ATTEMPTS = 20;

  private final Inbox inbox;
  private final SyncCatalogUseCase sync;

  public CatalogReplicaConsumer(Inbox inbox, SyncCatalogUseCase sync) {
    this.inbox = inbox;
    this.sync = sync;
  }

  @Incoming("catalog-classes")
  public Uni<Void> onClass(String json) {
    return inbox
        .handleOnce(
            "booking-class-replica",
            json,
            envelope -> sync.applyClass(envelope.dataAs(ClassState.class)))
        .chain(() -> refreshCounter(json))
        .onFailure()
        .retry()
        .atMost(ATTEMPTS)
        .onFailure()
        .recoverWithUni(failure -> skip("class", failure));
  }

  @Incoming("catalog-packages")
  public Uni<Void> onPackage(String json) {
    return inbox
        .handleOnce(
            "booking-package-replica",
            json,
            envelope -> sync.applyPackage(envelope.dataAs(PackageState.class)))
        .onFailure()
        .retry()
        .atMost(ATTEMPTS)
        .onFailure()
        .recoverWithUni(failure -> skip("package", failure));
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
