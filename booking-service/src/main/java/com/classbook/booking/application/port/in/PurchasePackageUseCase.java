package com.classbook.booking.application.port.in;

import io.smallrye.mutiny.Uni;

/** Charges the member for a package and credits a new user package with its full credits. */
public interface PurchasePackageUseCase {
  Uni<WalletEntry> purchase(PurchasePackageCommand command);
}
