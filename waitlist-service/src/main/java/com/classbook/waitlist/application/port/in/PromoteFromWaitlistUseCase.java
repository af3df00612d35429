package com.classbook.waitlist.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * Gives a reserved seat to the head of the class's queue in join order, skipping and refunding
 * entries that can no longer be promoted, or hands the seat back to the public pool.
 */
public interface PromoteFromWaitlistUseCase {
  /** Resolves one freed seat if it is still pending; safe to call repeatedly and concurrently. */
  Uni<Void> resolve(String slotRef);

  /** Retries every pending seat whose next attempt is due; returns how many were tried. */
  Uni<Integer> resolveDueSlots();
}
