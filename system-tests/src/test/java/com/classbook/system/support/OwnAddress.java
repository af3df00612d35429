package com.classbook.system.support;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.http.conn.params.ConnRoutePNames;

/**
 * A client with an address of its own: requests leave from a random loopback address (127.x.y.z,
 * never 127.0.0.1), so the gateway and identity-service count them for that address alone. Tests
 * that spend per-address budgets on purpose use one, and leave 127.0.0.1's, which every other test
 * shares, untouched.
 */
public final class OwnAddress {
  private final InetAddress address;

  private OwnAddress(InetAddress address) {
    this.address = address;
  }

  public static OwnAddress random() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] octets = {
      127,
      (byte) random.nextInt(1, 255),
      (byte) random.nextInt(0, 256),
      (byte) random.nextInt(1, 255)
    };
    try {
      return new OwnAddress(InetAddress.getByAddress(octets));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  public String address() {
    return address.getHostAddress();
  }

  /** Like {@link Suite#api()}, from this address. */
  @SuppressWarnings(
      "deprecation") // RestAssured's HttpClient 4 takes the local address as a parameter
  public RequestSpecification api() {
    return Suite.api()
        .config(
            RestAssured.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .setParam(ConnRoutePNames.LOCAL_ADDRESS, address)));
  }

  @Override
  public String toString() {
    return address();
  }
}
