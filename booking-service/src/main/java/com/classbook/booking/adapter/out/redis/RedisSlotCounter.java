package com.classbook.booking.adapter.out.redis;

import com.classbook.booking.application.port.out.SlotCounter;
import com.classbook.platform.redis.RedisCircuit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The free-seat counter {@code class:{id}:slots} with its class version beside it, so a late writer
 * never replaces a newer value. Redis failures, and an open circuit, degrade to a miss: the
 * database decides.
 */
@ApplicationScoped
public class RedisSlotCounter implements SlotCounter {

  /** SET NX of value and version together. */
  private static final String INITIALISE =
      "if redis.call('EXISTS', KEYS[1]) == 0 then "
          + "redis.call('SET', KEYS[1], ARGV[1]); redis.call('SET', KEYS[2], ARGV[2]); return 1 "
          + "end return 0";

  /** SET unless a newer version is cached. */
  private static final String PUBLISH =
      "local cached = tonumber(redis.call('GET', KEYS[2]) or '-1') "
          + "if redis.call('EXISTS', KEYS[1]) == 0 or tonumber(ARGV[2]) >= cached then "
          + "redis.call('SET', KEYS[1], ARGV[1]); redis.call('SET', KEYS[2], ARGV[2]); return 1 "
          + "end return 0";

  private final RedissonClient redisson;
  private final RedisCircuit circuit;

  public RedisSlotCounter(RedissonClient redisson, RedisCircuit circuit) {
    this.redisson = redisson;
    this.circuit = circuit;
  }

  public static String key(String classId) {
    return "class:" + classId + ":slots";
  }

  private static String versionKey(String classId) {
    return "class:" + classId + ":slots:version";
  }

  @Override
  public Uni<Optional<Integer>> read(String classId) {
    return circuit.call(
        "read " + key(classId),
        () ->
            redisson
                .<String>getBucket(key(classId), StringCodec.INSTANCE)
                .getAsync()
                .thenApply(value -> Optional.ofNullable(value).map(Integer::valueOf)),
        Optional::empty);
  }

  @Override
  public Uni<Void> initialise(String classId, int freeSlots, long version) {
    return run(INITIALISE, classId, freeSlots, version);
  }

  @Override
  public Uni<Void> publish(String classId, int freeSlots, long version) {
    return run(PUBLISH, classId, freeSlots, version);
  }

  private Uni<Void> run(String script, String classId, int freeSlots, long version) {
    return circuit
        .call(
            "update " + key(classId),
            () ->
                redisson
                    .getScript(StringCodec.INSTANCE)
                    .<Long>evalAsync(
                        key(classId),
                        RScript.Mode.READ_WRITE,
                        script,
                        RScript.ReturnType.INTEGER,
                        List.<Object>of(key(classId), versionKey(classId)),
                        String.valueOf(freeSlots),
                        String.valueOf(version)),
            () -> 0L)
        .replaceWithVoid();
  }
}
