package com.classbook.booking.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** Lists a member's user packages, newest first. */
public interface ViewWalletUseCase {
  Uni<List<WalletEntry>> packagesOf(String userId);
}
