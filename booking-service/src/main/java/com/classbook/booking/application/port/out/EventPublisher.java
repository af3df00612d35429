package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.WalletFact;
import io.smallrye.mutiny.Uni;

/** Records integration events in the current transaction (outbox), published after commit. */
public interface EventPublisher {

  Uni<Void> publish(BookingFact fact);

  Uni<Void> publish(WalletFact fact);

  /** The class's seat counts after a change, as consumers of availability read them. */
  Uni<Void> availability(ClassInventory after);
}
