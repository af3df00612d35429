package com.classbook.identity.application.port.in;

import io.smallrye.mutiny.Uni;

/** Creates the configured administrator account once; later calls change nothing. */
public interface SeedAdminUseCase {
  /** True when the account was created by this call. */
  Uni<Boolean> seed(String email, String password, String countryCode);
}
