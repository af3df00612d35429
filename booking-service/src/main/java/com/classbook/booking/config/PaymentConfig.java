package com.classbook.booking.config;

import com.classbook.booking.adapter.out.payment.SimulatedPaymentGateway;
import com.classbook.booking.adapter.out.payment.StripePaymentGateway;
import com.classbook.booking.application.port.out.PaymentGateway;
import com.stripe.StripeClient;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Chooses the payment adapter at startup and refuses to start without a real one: the simulator
 * moves no money, so it runs only where it is explicitly allowed (dev, test, the local launcher).
 */
@ApplicationScoped
public class PaymentConfig {

  private static final Logger LOG = Logger.getLogger(PaymentConfig.class);

  // Checked before the messaging connectors start consuming: a refused start takes no events.
  @Produces
  @Startup(Interceptor.Priority.PLATFORM_BEFORE)
  @Singleton
  PaymentGateway paymentGateway(PaymentSettings settings) {
    return choose(settings);
  }

  /** The configured adapter; an {@link IllegalStateException} saying what to set otherwise. */
  public static PaymentGateway choose(PaymentSettings settings) {
    return switch (settings.provider()) {
      case "stripe" -> stripe(settings.stripe());
      case "simulated" -> simulated(settings);
      default ->
          throw new IllegalStateException(
              "classbook.payment.provider="
                  + settings.provider()
                  + " is unknown: use stripe (with STRIPE_SECRET_KEY)");
    };
  }

  private static PaymentGateway stripe(PaymentSettings.Stripe stripe) {
    String key =
        stripe
            .secretKey()
            .filter(k -> !k.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "payments need a Stripe secret key: set STRIPE_SECRET_KEY"
                            + " (classbook.payment.stripe.secret-key)"));
    return new StripePaymentGateway(
        StripeClient.builder()
            .setApiKey(key)
            .setApiBase(stripe.apiBase())
            .setConnectTimeout((int) stripe.connectTimeout().toMillis())
            .setReadTimeout((int) stripe.readTimeout().toMillis())
            .setMaxNetworkRetries(stripe.maxNetworkRetries())
            .build());
  }

  private static PaymentGateway simulated(PaymentSettings settings) {
    if (!settings.simulatorAllowed()) {
      throw new IllegalStateException(
          "the payment simulator moves no money and is not allowed here: configure Stripe"
              + " (STRIPE_SECRET_KEY, and unset CLASSBOOK_PAYMENT_PROVIDER), or on a development"
              + " machine set CLASSBOOK_PAYMENT_SIMULATOR_ALLOWED=true");
    }
    LOG.warn("payments are simulated: purchases succeed without moving money");
    return new SimulatedPaymentGateway();
  }
}
