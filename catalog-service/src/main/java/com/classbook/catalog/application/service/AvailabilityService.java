package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.in.RecordAvailabilityCommand;
import com.classbook.catalog.application.port.in.RecordAvailabilityUseCase;
import com.classbook.catalog.application.port.out.AvailabilityView;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the availability view in step with the booking service's reports. */
@ApplicationScoped
public class AvailabilityService implements RecordAvailabilityUseCase {

  private final AvailabilityView view;

  public AvailabilityService(AvailabilityView view) {
    this.view = view;
  }

  @Override
  @WithTransaction
  public Uni<Void> record(RecordAvailabilityCommand command) {
    return view.record(command.classId(), command.seats());
  }
}
