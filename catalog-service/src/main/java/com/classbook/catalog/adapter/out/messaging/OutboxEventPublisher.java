package com.classbook.catalog.adapter.out.messaging;

import com.classbook.catalog.application.port.out.EventPublisher;
import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.country.CountryFact;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.catalog.domain.creditpackage.PackageFact;
import com.classbook.catalog.domain.schedule.ClassFact;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.outbox.OutboxWriter;
import com.classbook.platform.outbox.WireTypes;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Writes each catalog fact into the transactional outbox as the full state of its aggregate, with
 * its topic, key and versioned type; the relay sends them to Kafka.
 */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {

  /**
   * The versioned wire type of each fact (WireTypes refuses a fact without one). Countries and
   * packages go out as upserts of their state on compacted topics: one type for every fact.
   */
  static final WireTypes<CountryFact> COUNTRY_TYPES =
      WireTypes.of(
          CountryFact.class,
          Map.of(
              CountryFact.Registered.class, CountryState.TYPE,
              CountryFact.Updated.class, CountryState.TYPE));

  static final WireTypes<PackageFact> PACKAGE_TYPES =
      WireTypes.of(
          PackageFact.class,
          Map.of(
              PackageFact.Created.class, PackageState.TYPE,
              PackageFact.Updated.class, PackageState.TYPE));

  static final WireTypes<ClassFact> CLASS_TYPES =
      WireTypes.of(
          ClassFact.class,
          Map.of(
              ClassFact.Scheduled.class, ClassState.SCHEDULED,
              ClassFact.Updated.class, ClassState.UPDATED,
              ClassFact.Cancelled.class, ClassState.CANCELLED));

  private final OutboxWriter outbox;

  public OutboxEventPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public Uni<Void> publish(CountryFact fact) {
    Country country = fact.country();
    String code = country.code().value();
    return outbox.append(
        Topics.CATALOG_COUNTRIES,
        code,
        COUNTRY_TYPES.of(fact),
        new CountryState(code, country.name(), country.timeZone().getId(), country.active()));
  }

  @Override
  public Uni<Void> publish(PackageFact fact) {
    CreditPackage p = fact.creditPackage();
    return outbox.append(
        Topics.CATALOG_PACKAGES,
        p.id(),
        PACKAGE_TYPES.of(fact),
        new PackageState(
            p.id(),
            p.name(),
            p.credits(),
            p.price().amount(),
            p.price().currency(),
            p.countryCode().value(),
            p.validityDays(),
            p.active()));
  }

  @Override
  public Uni<Void> publish(ClassFact fact) {
    ClassSchedule c = fact.schedule();
    return outbox.append(
        Topics.CATALOG_CLASSES,
        c.id(),
        CLASS_TYPES.of(fact),
        new ClassState(
            c.id(),
            c.title(),
            c.countryCode().value(),
            fact.timeZone().getId(),
            c.startTime(),
            c.endTime(),
            c.capacity(),
            c.requiredCredits(),
            c.active(),
            c.cancelled()));
  }
}
