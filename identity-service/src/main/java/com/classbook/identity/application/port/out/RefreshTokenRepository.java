package com.classbook.identity.application.port.out;

import com.classbook.identity.domain.RefreshToken;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores the hashes of refresh tokens with their family, rotation and revocation state. */
public interface RefreshTokenRepository {
  Uni<Void> save(RefreshToken token);

  Uni<Optional<RefreshToken>> findByHash(String tokenHash);

  /** Marks the token rotated unless it is rotated or revoked; true only for the first caller. */
  Uni<Boolean> markRotated(UUID tokenId, Instant now);

  Uni<Void> revokeFamily(UUID familyId, Instant now);

  Uni<Void> revokeAllOfUser(UUID userId, Instant now);
}
