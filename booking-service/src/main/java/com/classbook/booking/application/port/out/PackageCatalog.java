package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.PackageOffer;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The replica of the catalog's credit packages. */
public interface PackageCatalog {

  Uni<Optional<PackageOffer>> find(String packageId);

  Uni<Map<String, PackageOffer>> findAll(Collection<String> packageIds);

  Uni<Void> upsert(PackageOffer offer, Instant now);
}
