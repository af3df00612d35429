package com.classbook.platform.redis;

import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.redisson.api.RedissonClient;

/** Ready only while Redis answers a PING. */
@Readiness
@ApplicationScoped
public class RedisReadinessCheck implements AsyncHealthCheck {

  private final RedissonClient redisson;

  public RedisReadinessCheck(RedissonClient redisson) {
    this.redisson = redisson;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return VertxContexts.fromStage(() -> redisson.getBucket("health:ping").isExistsAsync())
        .ifNoItem()
        .after(Duration.ofSeconds(2))
        .fail()
        .map(answered -> HealthCheckResponse.named("redis").up().build())
        .onFailure()
        .recoverWithItem(
            failure ->
                HealthCheckResponse.named("redis")
                    .down()
                    .withData("error", String.valueOf(failure.getMessage()))
                    .build());
  }
}
