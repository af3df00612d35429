package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.ClassRoster;
import io.smallrye.mutiny.Uni;

/** Shows the staff who is booked on a class and who waits for it. */
public interface ViewClassRosterUseCase {

  /** The class's roster from one consistent read; 404 CLASS_NOT_FOUND for an unknown class. */
  Uni<ClassRoster> rosterOf(String classId);
}
