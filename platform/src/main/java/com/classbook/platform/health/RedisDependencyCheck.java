package com.classbook.platform.health;

import com.classbook.platform.reactive.VertxContexts;
import com.classbook.platform.redis.RedisCircuit;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.redisson.api.RedissonClient;

/**
 * Up while Redis answers. In the dependencies group, not in readiness: every service still serves
 * without Redis (it is a cache, never the truth), so an outage must not take all pods out of the
 * load balancer.
 */
@HealthGroup(DependencyHealth.GROUP)
@ApplicationScoped
public class RedisDependencyCheck implements AsyncHealthCheck {

  private final RedissonClient redisson;
  private final RedisCircuit circuit;

  public RedisDependencyCheck(RedissonClient redisson, RedisCircuit circuit) {
    this.redisson = redisson;
    this.circuit = circuit;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    if (circuit.isOpen()) {
      return Uni.createFrom()
          .item(HealthCheckResponse.named("redis").down().withData("circuit", "open").build());
    }
    return VertxContexts.fromStage(() -> redisson.getBucket("health:ping").isExistsAsync())
        .ifNoItem()
        .after(Duration.ofSeconds(2))
        .fail()
        .map(
            answered ->
                HealthCheckResponse.named("redis").up().withData("circuit", "closed").build())
        .onFailure()
        .recoverWithItem(
            failure ->
                HealthCheckResponse.named("redis")
                    .down()
                    .withData("error", String.valueOf(failure.getMessage()))
                    .build());
  }
}
