package com.classbook.waitlist.adapter.out.redis;

import com.classbook.platform.redis.RedisCircuit;
import com.classbook.waitlist.application.port.out.WaitlistQueue;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The queue of a class as the sorted set {@code class:{id}:waitlist}: member = entry id, score =
 * join sequence (strictly increasing, so equal join times keep their order).
 */
@ApplicationScoped
public class RedisWaitlistQueue implements WaitlistQueue {

  // Adding to a missing key would create a partial queue with wrong ranks: only add to a cached
  // one.
  private static final String ADD_IF_CACHED =
      "if redis.call('EXISTS', KEYS[1]) == 1 then"
          + " redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2]) return 1 end return 0";
  private static final String REPLACE =
      "redis.call('DEL', KEYS[1])"
          + " for i = 2, #ARGV, 2 do redis.call('ZADD', KEYS[1], ARGV[i], ARGV[i + 1]) end"
          + " if #ARGV > 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end return 1";

  private final RedissonClient redisson;
  private final RedisCircuit circuit;
  private final long ttlSeconds;

  public RedisWaitlistQueue(
      RedissonClient redisson,
      RedisCircuit circuit,
      @ConfigProperty(name = "classbook.waitlist.queue-cache-ttl", defaultValue = "PT1H")
          Duration ttl) {
    this.redisson = redisson;
    this.circuit = circuit;
    this.ttlSeconds = Math.max(1, ttl.toSeconds());
  }

  /**
   * A command through the Redis circuit: while Redis fails or is skipped the cache fails at once,
   * and the callers fall back to the entries table.
   */
  private <T> Uni<T> cached(Supplier<? extends CompletionStage<T>> command) {
    return circuit.call(
        "waitlist queue",
        command,
        () -> {
          throw new IllegalStateException("the queue cache is skipped while Redis is away");
        });
  }

  static String key(String classId) {
    return "class:" + classId + ":waitlist";
  }

  @Override
  public Uni<Void> add(WaitlistEntry entry) {
    return cached(
            () ->
                redisson
                    .getScript(StringCodec.INSTANCE)
                    .<Long>evalAsync(
                        RScript.Mode.READ_WRITE,
                        ADD_IF_CACHED,
                        RScript.ReturnType.INTEGER,
                        List.of(key(entry.classId())),
                        Long.toString(entry.joinSeq()),
                        entry.id()))
        .replaceWithVoid();
  }

  @Override
  public Uni<Void> remove(String classId, String entryId) {
    return cached(() -> redisson.<String>getScoredSortedSet(key(classId)).removeAsync(entryId))
        .replaceWithVoid();
  }

  @Override
  public Uni<Optional<Integer>> position(String classId, String entryId) {
    return cached(() -> redisson.<String>getScoredSortedSet(key(classId)).rankAsync(entryId))
        .map(rank -> Optional.ofNullable(rank).map(r -> r + 1));
  }

  @Override
  public Uni<Void> rebuild(String classId, List<WaitlistEntry> waiting) {
    List<Object> args = new ArrayList<>();
    args.add(Long.toString(ttlSeconds));
    for (WaitlistEntry entry : waiting) {
      args.add(Long.toString(entry.joinSeq()));
      args.add(entry.id());
    }
    return cached(
            () ->
                redisson
                    .getScript(StringCodec.INSTANCE)
                    .<Long>evalAsync(
                        RScript.Mode.READ_WRITE,
                        REPLACE,
                        RScript.ReturnType.INTEGER,
                        List.of(key(classId)),
                        args.toArray()))
        .replaceWithVoid();
  }
}
