package com.classbook.catalog.adapter.out.messaging;

import com.classbook.catalog.application.port.out.EventPublisher;
import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.catalog.domain.schedule.ClassChange;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/** Writes catalog state events into the transactional outbox; the relay sends them to Kafka. */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {

  private final OutboxWriter outbox;

  public OutboxEventPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public Uni<Void> countryChanged(Country country) {
    String code = country.code().value();
    return outbox.append(
        Topics.CATALOG_COUNTRIES,
        code,
        CountryState.TYPE,
        new CountryState(code, country.name(), country.timeZone().getId(), country.active()));
  }

  @Override
  public Uni<Void> packageChanged(CreditPackage p) {
    return outbox.append(
        Topics.CATALOG_PACKAGES,
        p.id(),
        PackageState.TYPE,
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
  public Uni<Void> classChanged(ClassChange change, ClassSchedule c, ZoneId timeZone) {
    return outbox.append(
        Topics.CATALOG_CLASSES,
        c.id(),
        typeOf(change),
        new ClassState(
            c.id(),
            c.title(),
            c.countryCode().value(),
            timeZone.getId(),
            c.startTime(),
            c.endTime(),
            c.capacity(),
            c.requiredCredits(),
            c.active(),
            c.cancelled()));
  }

  private static String typeOf(ClassChange change) {
    return switch (change) {
      case SCHEDULED -> ClassState.SCHEDULED;
      case UPDATED -> ClassState.UPDATED;
      case CANCELLED -> ClassState.CANCELLED;
    };
  }
}
