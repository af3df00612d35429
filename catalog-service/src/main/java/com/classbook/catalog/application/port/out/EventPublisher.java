package com.classbook.catalog.application.port.out;

import com.classbook.catalog.domain.country.CountryFact;
import com.classbook.catalog.domain.creditpackage.PackageFact;
import com.classbook.catalog.domain.schedule.ClassFact;
import io.smallrye.mutiny.Uni;

/**
 * Publishes what happened to the catalog's countries, packages and classes; each call must join the
 * caller's transaction so the event commits with the change.
 */
public interface EventPublisher {
  Uni<Void> publish(CountryFact fact);

  Uni<Void> publish(PackageFact fact);

  Uni<Void> publish(ClassFact fact);
}
