package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.RefreshTokenRepository;
import com.classbook.identity.domain.RefreshToken;
import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh-token hashes and their session state in MySQL. */
@ApplicationScoped
public class RefreshTokenPersistenceAdapter
    implements RefreshTokenRepository, PanacheRepositoryBase<RefreshTokenJpaEntity, String> {

  @Override
  public Uni<Void> save(RefreshToken token) {
    RefreshTokenJpaEntity row = new RefreshTokenJpaEntity();
    row.id = token.id().toString();
    row.userId = token.userId().toString();
    row.familyId = token.familyId().toString();
    row.tokenHash = token.tokenHash();
    row.familyStartedAt = UtcColumns.toColumn(token.familyStartedAt());
    row.issuedAt = UtcColumns.toColumn(token.issuedAt());
    row.expiresAt = UtcColumns.toColumn(token.expiresAt());
    row.rotatedAt = UtcColumns.toColumn(token.rotatedAt());
    row.revokedAt = UtcColumns.toColumn(token.revokedAt());
    return persistAndFlush(row).replaceWithVoid();
  }

  @Override
  public Uni<Optional<RefreshToken>> findByHash(String tokenHash) {
    return find("tokenHash", tokenHash)
        .firstResult()
        .map(row -> Optional.ofNullable(row).map(RefreshTokenPersistenceAdapter::toDomain));
  }

  @Override
  public Uni<Boolean> markRotated(UUID tokenId, Instant now) {
    return update(
            "rotatedAt = ?1 where id = ?2 and rotatedAt is null and revokedAt is null",
            UtcColumns.toColumn(now),
            tokenId.toString())
        .map(rows -> rows == 1);
  }

  @Override
  public Uni<Void> revokeFamily(UUID familyId, Instant now) {
    return update(
            "revokedAt = ?1 where familyId = ?2 and revokedAt is null",
            UtcColumns.toColumn(now),
            familyId.toString())
        .replaceWithVoid();
  }

  @Override
  public Uni<Void> revokeAllOfUser(UUID userId, Instant now) {
    return update(
            "revokedAt = ?1 where userId = ?2 and revokedAt is null",
            UtcColumns.toColumn(now),
            userId.toString())
        .replaceWithVoid();
  }

  private static RefreshToken toDomain(RefreshTokenJpaEntity row) {
    return new RefreshToken(
        UUID.fromString(row.id),
        UUID.fromString(row.userId),
        UUID.fromString(row.familyId),
        row.tokenHash,
        UtcColumns.fromColumn(row.familyStartedAt),
        UtcColumns.fromColumn(row.issuedAt),
        UtcColumns.fromColumn(row.expiresAt),
        UtcColumns.fromColumn(row.rotatedAt),
        UtcColumns.fromColumn(row.revokedAt));
  }
}
