package com.classbook.catalog.application.port.out;

import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.catalog.domain.schedule.ClassChange;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import io.smallrye.mutiny.Uni;
import java.time.ZoneId;

/**
 * Publishes the full current state of catalog aggregates; each call must join the caller's
 * transaction so the event commits with the change.
 */
public interface EventPublisher {
  Uni<Void> countryChanged(Country country);

  Uni<Void> packageChanged(CreditPackage creditPackage);

  Uni<Void> classChanged(ClassChange change, ClassSchedule schedule, ZoneId timeZone);
}
