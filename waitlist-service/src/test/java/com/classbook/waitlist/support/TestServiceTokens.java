package com.classbook.waitlist.support;

import com.classbook.platform.testing.TestTokens;
import com.classbook.waitlist.application.port.out.ServiceTokens;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** Service tokens signed with the test key, as identity-service would issue them. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestServiceTokens implements ServiceTokens {
  @Override
  public Uni<String> accessToken() {
    return Uni.createFrom().item(TestTokens::service);
  }

  @Override
  public void invalidate() {}
}
