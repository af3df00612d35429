package com.classbook.platform.rest;

import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers of a read kept by one instance for at most {@code ttl}, so that a burst of identical
 * reads costs one database round trip; concurrent misses share one load, and a failed load is not
 * kept. Staleness is bounded by the ttl plus the lag of whatever feeds the database.
 */
public final class ShortLivedCache<K, V> {

  private record Entry<V>(Uni<V> value, long expiresAtNanos) {}

  private final long ttlNanos;
  private final int maxEntries;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

  public ShortLivedCache(Duration ttl, int maxEntries) {
    this(ttl, maxEntries, System::nanoTime);
  }

  ShortLivedCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
    this.ttlNanos = ttl.toNanos();
    this.maxEntries = maxEntries;
    this.nanoTime = nanoTime;
  }

  /**
   * The kept answer for {@code key}, or {@code load}'s, kept for the ttl; a zero ttl keeps none.
   */
  public Uni<V> get(K key, Supplier<Uni<V>> load) {
    if (ttlNanos <= 0) {
      return load.get();
    }
    long now = nanoTime.getAsLong();
    Entry<V> entry =
        entries.compute(
            key,
            (k, kept) ->
                kept != null && kept.expiresAtNanos() - now > 0
                    ? kept
                    // The load is made by its first subscriber, on that request's own Vert.x
                    // context: a load made here could be subscribed first by a request on
                    // another context, where the session its interceptor prepared is not.
                    : new Entry<>(
                        Uni.createFrom().<V>deferred(load::get).memoize().indefinitely(),
                        now + ttlNanos));
    if (entries.size() > maxEntries) {
      entries.values().removeIf(e -> e.expiresAtNanos() - now <= 0);
    }
    return VertxContexts.resumeOnCaller(
        entry.value().onFailure().invoke(() -> entries.remove(key, entry)));
  }

  /** Forgets one key, after a write this instance made. */
  public void invalidate(K key) {
    entries.remove(key);
  }

  /** Forgets everything, after a write that may change any kept answer. */
  public void invalidateAll() {
    entries.clear();
  }
}
