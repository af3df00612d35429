package com.classbook.catalog.application.port.out;

import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores class schedules and answers the listing queries. */
public interface ClassScheduleRepository {
  Uni<Optional<ClassSchedule>> findById(String id);

  /** Reads the class and locks it until the transaction ends, so edits are serialised. */
  Uni<Optional<ClassSchedule>> findByIdForUpdate(String id);

  /**
   * Active, not cancelled classes of a country starting in [from, to) ({@code to} null = open), in
   * the stable order (start time, id), one page of them plus the total count.
   */
  Uni<SchedulePage> findListed(CountryCode country, Instant from, Instant to, int page, int size);

  /** Classes of a country that have not ended at {@code now}, whatever their state. */
  Uni<List<ClassSchedule>> findNotEndedByCountry(CountryCode country, Instant now);

  Uni<Void> add(ClassSchedule schedule);

  Uni<Void> save(ClassSchedule schedule);

  /** One page of schedules and how many match in total. */
  record SchedulePage(List<ClassSchedule> items, long total) {}
}
