package com.classbook.identity.application.port.out;

import com.classbook.identity.domain.OneTimeToken;
import com.classbook.identity.domain.TokenPurpose;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores the hashes of emailed one-time tokens (verification and password reset). */
public interface OneTimeTokenRepository {
  Uni<Void> save(OneTimeToken token);

  Uni<Optional<OneTimeToken>> findByHash(String tokenHash);

  /** Marks the token used unless it already is; true only for the one caller that consumed it. */
  Uni<Boolean> consume(UUID tokenId, Instant now);

  /** Marks every still open token of the user for the purpose used, so only newer ones work. */
  Uni<Void> invalidateOpen(UUID userId, TokenPurpose purpose, Instant now);
}
