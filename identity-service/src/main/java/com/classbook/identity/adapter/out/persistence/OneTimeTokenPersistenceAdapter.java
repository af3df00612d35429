package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.OneTimeTokenRepository;
import com.classbook.identity.domain.OneTimeToken;
import com.classbook.identity.domain.TokenPurpose;
import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Emailed one-time token hashes in MySQL. */
@ApplicationScoped
public class OneTimeTokenPersistenceAdapter
    implements OneTimeTokenRepository, PanacheRepositoryBase<OneTimeTokenJpaEntity, String> {

  @Override
  public Uni<Void> save(OneTimeToken token) {
    OneTimeTokenJpaEntity row = new OneTimeTokenJpaEntity();
    row.id = token.id().toString();
    row.userId = token.userId().toString();
    row.purpose = token.purpose();
    row.tokenHash = token.tokenHash();
    row.createdAt = UtcColumns.toColumn(token.createdAt());
    row.expiresAt = UtcColumns.toColumn(token.expiresAt());
    row.usedAt = UtcColumns.toColumn(token.usedAt());
    return persistAndFlush(row).replaceWithVoid();
  }

  @Override
  public Uni<Optional<OneTimeToken>> findByHash(String tokenHash) {
    return find("tokenHash", tokenHash)
        .firstResult()
        .map(row -> Optional.ofNullable(row).map(OneTimeTokenPersistenceAdapter::toDomain));
  }

  @Override
  public Uni<Boolean> consume(UUID tokenId, Instant now) {
    return update(
            "usedAt = ?1 where id = ?2 and usedAt is null",
            UtcColumns.toColumn(now),
            tokenId.toString())
        .map(rows -> rows == 1);
  }

  @Override
  public Uni<Void> invalidateOpen(UUID userId, TokenPurpose purpose, Instant now) {
    return update(
            "usedAt = ?1 where userId = ?2 and purpose = ?3 and usedAt is null",
            UtcColumns.toColumn(now),
            userId.toString(),
            purpose)
        .replaceWithVoid();
  }

  private static OneTimeToken toDomain(OneTimeTokenJpaEntity row) {
    return new OneTimeToken(
        UUID.fromString(row.id),
        UUID.fromString(row.userId),
        row.purpose,
        row.tokenHash,
        UtcColumns.fromColumn(row.createdAt),
        UtcColumns.fromColumn(row.expiresAt),
        UtcColumns.fromColumn(row.usedAt));
  }
}
