package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.WalletFact;
import io.smallrye.mutiny.Uni;

/** Records integration events in the current transaction (outbox), published after commit. */
public interface EventPublisher {

  Uni<Void> booking(BookingFact fact);

  Uni<Void> wallet(WalletFact fact);

  Uni<Void> availability(ClassInventory after);
}
