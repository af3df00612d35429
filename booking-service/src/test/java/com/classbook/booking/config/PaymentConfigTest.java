package com.classbook.booking.config;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.adapter.out.payment.SimulatedPaymentGateway;
import com.classbook.booking.adapter.out.payment.StripePaymentGateway;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentConfigTest {

  @Test
  void stripeWithASecretKeyIsTheRealAdapter() {
    assertInstanceOf(
        StripePaymentGateway.class, PaymentConfig.choose(settings("stripe", false, "sk_live_x")));
  }

  @Test
  void stripeWithoutASecretKeyRefusesToStart() {
    for (String missing : new String[] {null, "", "  "}) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> PaymentConfig.choose(settings("stripe", true, missing)));
      assertTrue(refused.getMessage().contains("STRIPE_SECRET_KEY"), refused.getMessage());
    }
  }

  @Test
  void theSimulatorRunsOnlyWhenExplicitlyAllowed() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> PaymentConfig.choose(settings("simulated", false, "sk_live_x")));
    assertTrue(
        refused.getMessage().contains("CLASSBOOK_PAYMENT_SIMULATOR_ALLOWED"), refused.getMessage());
    assertInstanceOf(
        SimulatedPaymentGateway.class, PaymentConfig.choose(settings("simulated", true, null)));
  }

  @Test
  void anUnknownProviderRefusesToStart() {
    assertThrows(
        IllegalStateException.class, () -> PaymentConfig.choose(settings("paypal", true, "k")));
  }

  private static PaymentSettings settings(String provider, boolean simulatorAllowed, String key) {
    PaymentSettings.Stripe stripe =
        new PaymentSettings.Stripe() {
          @Override
          public Optional<String> secretKey() {
            return Optional.ofNullable(key);
          }

          @Override
          public String apiBase() {
            return "http://127.0.0.1:9";
          }

          @Override
          public Duration connectTimeout() {
            return Duration.ofSeconds(1);
          }

          @Override
          public Duration readTimeout() {
            return Duration.ofSeconds(1);
          }

          @Override
          public int maxNetworkRetries() {
            return 0;
          }
        };
    return new PaymentSettings() {
      @Override
      public String provider() {
        return provider;
      }

      @Override
      public boolean simulatorAllowed() {
        return simulatorAllowed;
      }

      @Override
      public Stripe stripe() {
        return stripe;
      }
    };
  }
}
