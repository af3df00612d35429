package com.classbook.catalog.application.port.out;

import com.classbook.catalog.domain.schedule.SeatAvailability;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The read model of seat counts per class, fed by the booking service's events. */
public interface AvailabilityView {
  Uni<Optional<SeatAvailability>> find(String classId);

  /** Seat counts of the given classes; classes without a report are absent from the map. */
  Uni<Map<String, SeatAvailability>> findAll(Collection<String> classIds);

  /** Replaces the seat counts of a class with the latest report. */
  Uni<Void> record(String classId, SeatAvailability seats);
}
