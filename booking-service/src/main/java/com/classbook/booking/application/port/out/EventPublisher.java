package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;
import io.smallrye.mutiny.Uni;

/** Records integration events in the current transaction (outbox), published after commit. */
public interface EventPublisher {

  Uni<Void> booking(String type, Booking booking, boolean slotReservedForWaitlist);

  Uni<Void> wallet(String type, UserPackage after, int delta, String bookingId);

  Uni<Void> availability(ClassInventory after);
}
