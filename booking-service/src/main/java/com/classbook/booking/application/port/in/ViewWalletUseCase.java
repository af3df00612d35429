package com.classbook.booking.application.port.in;

import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import io.smallrye.mutiny.Uni;

/** Shows a member's user packages: a page of them, newest first, or one by id. */
public interface ViewWalletUseCase {
  Uni<Page<WalletEntry>> packagesOf(String userId, PageRequest request);

  /** 404 NOT_FOUND when the user package does not exist or belongs to someone else. */
  Uni<WalletEntry> packageOf(String userId, String userPackageId);
}
