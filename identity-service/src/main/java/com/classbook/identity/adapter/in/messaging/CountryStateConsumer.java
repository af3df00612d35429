package com.classbook.identity.adapter.in.messaging;

import com.classbook.identity.application.port.in.ReplicateCountryUseCase;
import com.classbook.identity.domain.Country;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Feeds the country replica from the catalog's compacted countries topic. */
@ApplicationScoped
public class CountryStateConsumer {
  static final String CONSUMER = "identity-countries";
  private static final Logger LOG = Logger.getLogger(CountryStateConsumer.class);

  private final Inbox inbox;
  private final ReplicateCountryUseCase replicate;

  public CountryStateConsumer(Inbox inbox, ReplicateCountryUseCase replicate) {
    this.inbox = inbox;
    this.replicate = replicate;
  }

  @Incoming("countries-in")
  public Uni<Void> consume(String json) {
    if (json == null) {
      // A tombstone: the catalog never deletes countries, it deactivates them.
      return Uni.createFrom().voidItem();
    }
    return inbox.handleOnce(
        CONSUMER,
        json,
        envelope -> {
          if (!CountryState.TYPE.equals(envelope.type())) {
            return Uni.createFrom().voidItem();
          }
          CountryState state = envelope.dataAs(CountryState.class);
          if (state.code() == null || state.code().length() != 2 || state.name() == null) {
            LOG.warnf("skipped country event %s without a usable code or name", envelope.id());
            return Uni.createFrom().voidItem();
          }
          return replicate.apply(
              new Country(
                  state.code().toUpperCase(Locale.ROOT),
                  state.name(),
                  state.timeZone() == null ? "UTC" : state.timeZone(),
                  state.active()));
        });
  }
}
