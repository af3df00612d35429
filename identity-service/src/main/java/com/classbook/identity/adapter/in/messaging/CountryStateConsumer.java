package com.classbook.identity.adapter.in.messaging;

import com.classbook.identity.application.port.in.ReplicateCountryUseCase;
import com.classbook.identity.domain.Country;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.platform.inbox.ConsumerPolicy;
import com.classbook.platform.inbox.EventConsumer;
import com.classbook.platform.inbox.UnprocessableEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the country replica from the catalog's compacted countries topic, an event at a time under
 * the platform's consumer policy (docs/platform.md, "Consumer failures"). A tombstone is no event:
 * the catalog never deletes countries, it deactivates them.
 */
@ApplicationScoped
public class CountryStateConsumer {
  static final String CONSUMER = "identity-countries";

  private final EventConsumer countries;
  private final ReplicateCountryUseCase replicate;

  public CountryStateConsumer(ConsumerPolicy policy, ReplicateCountryUseCase replicate) {
    this.countries = policy.consumer(CONSUMER);
    this.replicate = replicate;
  }

  @Incoming("countries-in")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return countries.handle(record, json -> countries.handleOnce(json, this::apply));
  }

  private Uni<Void> apply(EventEnvelope envelope) {
    if (!CountryState.TYPE.equals(envelope.type())) {
      return Uni.createFrom().voidItem();
    }
    CountryState state = envelope.dataAs(CountryState.class);
    if (state.code() == null || state.code().length() != 2 || state.name() == null) {
      return Uni.createFrom()
          .failure(
              new UnprocessableEvent(
                  "country event " + envelope.id() + " without a usable code or name"));
    }
    return replicate.apply(
        new Country(
            state.code().toUpperCase(Locale.ROOT),
            state.name(),
            state.timeZone() == null ? "UTC" : state.timeZone(),
            state.active()));
  }
}
