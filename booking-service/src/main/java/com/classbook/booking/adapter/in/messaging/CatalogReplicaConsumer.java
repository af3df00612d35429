package com.classbook.booking.adapter.in.messaging;

import com.classbook.booking.application.port.in.SyncCatalogUseCase;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.inbox.ConsumerPolicy;
import com.classbook.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the class and package replicas from the catalog's topics, a polled batch per transaction;
 * the inbox gives each event one effect, and the seat counter follows a class change after its
 * commit. A batch that fails is handled one event at a time under the platform's consumer policy:
 * retried with backoff, dead-lettered when it cannot succeed (docs/platform.md, "Consumer
 * failures"); never skipped.
 */
@ApplicationScoped
public class CatalogReplicaConsumer {

  private static final Logger LOG = Logger.getLogger(CatalogReplicaConsumer.class);
  static final String CLASS_REPLICA = "booking-class-replica";
  static final String PACKAGE_REPLICA = "booking-package-replica";

  private final SyncCatalogUseCase sync;
  private final EventConsumer classes;
  private final EventConsumer packages;

  public CatalogReplicaConsumer(ConsumerPolicy policy, SyncCatalogUseCase sync) {
    this.sync = sync;
    this.classes = policy.consumer(CLASS_REPLICA);
    this.packages = policy.consumer(PACKAGE_REPLICA);
  }

  @Incoming("catalog-classes")
  public Uni<Void> onClasses(ConsumerRecords<String, String> batch) {
    Set<String> changed = new LinkedHashSet<>();
    return classes
        .handleBatchOnce(batch, envelope -> applyClass(envelope, changed::add), this::onClass)
        .chain(
            inOneTransaction ->
                inOneTransaction ? refreshCounters(changed) : Uni.createFrom().voidItem());
  }

  @Incoming("catalog-packages")
  public Uni<Void> onPackages(ConsumerRecords<String, String> batch) {
    return packages.handleBatchOnce(batch, this::applyPackage, this::onPackage).replaceWithVoid();
  }

  private Uni<Void> onClass(String json) {
    Set<String> changed = new LinkedHashSet<>();
    return classes
        .handleOnce(json, envelope -> applyClass(envelope, changed::add))
        .chain(() -> refreshCounters(changed));
  }

  private Uni<Void> onPackage(String json) {
    return packages.handleOnce(json, this::applyPackage);
  }

  private Uni<Void> applyClass(EventEnvelope envelope, Consumer<String> changed) {
    ClassState state = envelope.dataAs(ClassState.class);
    return sync.applyClass(state).invoke(() -> changed.accept(state.id()));
  }

  private Uni<Void> applyPackage(EventEnvelope envelope) {
    return sync.applyPackage(envelope.dataAs(PackageState.class));
  }

  /**
   * The counters follow the committed classes. A counter is a cache: one that could not be written
   * now is rebuilt by the next booking that misses it, or by the counter job.
   */
  private Uni<Void> refreshCounters(Set<String> classIds) {
    Uni<Void> refreshed = Uni.createFrom().voidItem();
    for (String classId : classIds) {
      refreshed =
          refreshed.chain(
              () ->
                  sync.refreshCounter(classId)
                      .onFailure()
                      .recoverWithItem(
                          failure -> {
                            LOG.warnf(
                                "seat counter of class %s left to the counter job: %s",
                                classId, failure.toString());
                            return null;
                          }));
    }
    return refreshed;
  }
}
