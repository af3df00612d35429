package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.UserPackage;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the credit wallet; credit changes are guarded updates that never overdraw (I3). */
public interface UserPackageRepository {

  /** Serialises the member's booking transactions by locking one row per member. */
  Uni<Void> serialiseMember(String userId, Instant now);

  /** One page of the member's packages, newest purchase first (then by id). */
  Uni<Page<UserPackage>> pageOf(String userId, PageRequest request);

  Uni<Optional<UserPackage>> findById(String id);

  /** The package a payment credited, if any ({@code transaction_id} is unique). */
  Uni<Optional<UserPackage>> findByTransactionId(String transactionId);

  /** The member's packages not flagged expired. */
  Uni<List<UserPackage>> findOpenOf(String userId);

  /** Reads the current committed row and locks it until the transaction ends. */
  Uni<Optional<UserPackage>> lockById(String id);

  Uni<Void> insert(UserPackage userPackage);

  /**
   * Debits if the row still has the read version and enough credits; fails with {@link
   * ConcurrentUpdate} otherwise, so the transaction runs again on fresh reads.
   */
  Uni<Void> debit(UserPackage read, int credits);

  /** Gives credits back, never above the package's credits. */
  Uni<Boolean> refund(String id, int credits);

  /** Unexpired-flagged packages whose expiry passed, claimed with SKIP LOCKED. */
  Uni<List<UserPackage>> claimExpired(Instant now, int limit);

  Uni<Boolean> markExpired(UserPackage read);
}
