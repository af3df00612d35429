package com.classbook.identity.adapter.in.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.classbook.identity.domain.Country;
import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountryStateConsumerTest {
  private static final String CODE = "WF";

  private static int register(String countryCode) {
    Map<String, Object> body = new HashMap<>(Accounts.registration(Accounts.uniqueEmail()));
    body.put("countryCode", countryCode);
    return Accounts.registering(body).extract().statusCode();
  }

  @Test
  void theReplicaFollowsTheCatalogsLatestState() {
    Countries.ensure(CODE, true);
    Country replicated = Countries.replicated(CODE).orElseThrow();
    assertThat(replicated.name(), is("Country " + CODE));
    assertThat(replicated.timeZone(), is("Pacific/Funafuti"));
    assertThat(register(CODE), is(201));

    Countries.ensure(CODE, false);
    assertThat(register(CODE), is(422));

    Countries.ensure(CODE, true);
    assertThat(register(CODE), is(201));
  }
}
