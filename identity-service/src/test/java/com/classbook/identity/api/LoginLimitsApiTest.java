package com.classbook.identity.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import com.classbook.identity.support.Accounts;
import com.classbook.identity.support.Countries;
import com.classbook.identity.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginLimitsApiTest {
  private static final Duration WINDOW = Duration.ofMinutes(15);

  @BeforeEach
  void activeCountry() {
    Countries.ensureActive();
  }

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  /** What the client saw: status, code and Retry-After of one answer. */
  private record Answer(int status, String code, String retryAfter) {
    static Answer of(Response response) {
      String code = response.statusCode() >= 400 ? response.path("code") : null;
      return new Answer(response.statusCode(), code, response.header("Retry-After"));
    }
  }

  /** Sends the wrong password for the account from one address, all requests released at once. */
  private static List<Answer> burst(String email, String address, int size) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(size);
    try {
      CountDownLatch ready = new CountDownLatch(size);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        String guess = "wrong-password-" + i;
        answers.add(
            clients.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return Answer.of(Accounts.login(email, guess, address));
                }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS), is(true));
      go.countDown();
      List<Answer> result = new ArrayList<>();
      for (Future<Answer> answer : answers) {
        result.add(answer.get(60, TimeUnit.SECONDS));
      }
      return result;
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aParallelBurstGetsAtMostFivePasswordsCheckedAndTheAddressStaysUsable() throws Exception {
    String victim = Accounts.uniqueEmail();
    Accounts.verified(victim);
    String address = Accounts.uniqueAddress();

    List<Answer> answers = burst(victim, address, 60);

    List<Answer> checked = answers.stream().filter(a -> a.status() == 401).toList();
    List<Answer> refused = answers.stream().filter(a -> a.status() == 429).toList();
    assertThat(
        "wrong passwords checked", checked.size(), allOf(greaterThan(0), lessThanOrEqualTo(5)));
    assertThat("every other answer is 429", checked.size() + refused.size(), is(60));
    for (Answer answer : refused) {
      assertThat(answer.code(), equalTo("TOO_MANY_ATTEMPTS"));
      assertThat(
          Integer.parseInt(answer.retryAfter()), allOf(greaterThan(0), lessThanOrEqualTo(900)));
    }
    Accounts.login(victim, Accounts.PASSWORD, Accounts.uniqueAddress()).then().statusCode(429);

    // Everyone else behind the same address still signs in: the seeded admin and a member.
    Accounts.login("admin@example.com", "Admin123456!", address).then().statusCode(200);
    String neighbour = Accounts.uniqueEmail();
    Accounts.verified(neighbour);
    Accounts.login(neighbour, Accounts.PASSWORD, address).then().statusCode(200);
  }

  @Test
  void anAccountLockLiftsWhenItsWindowEnds() {
    String email = Accounts.uniqueEmail();
    Accounts.verified(email);
    for (int i = 0; i < 5; i++) {
      Accounts.login(email, "wrong-password-" + i).then().statusCode(401);
    }
    Response locked = Accounts.login(email, Accounts.PASSWORD);
    locked.then().statusCode(429).body("code", equalTo("TOO_MANY_ATTEMPTS"));
    assertThat(Integer.parseInt(locked.header("Retry-After")), lessThanOrEqualTo(900));

    TestClock.CLOCK.advance(WINDOW.minusSeconds(5));
    Accounts.login(email, Accounts.PASSWORD).then().statusCode(429);
    TestClock.CLOCK.advance(Duration.ofSeconds(5));
    Accounts.login(email, Accounts.PASSWORD).then().statusCode(200);
  }

  @Test
  void anAddressOverItsLimitStillSignsInToAccountsItKnowsUntilTheWindowEnds() {
    String address = Accounts.uniqueAddress();
    String regular = Accounts.uniqueEmail();
    Accounts.verified(regular);
    String newcomer = Accounts.uniqueEmail();
    Accounts.verified(newcomer);
    Accounts.login(regular, Accounts.PASSWORD, address).then().statusCode(200);

    // Someone at the same address tries passwords against many accounts.
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 52; i++) {
      statuses.add(
          Accounts.login(Accounts.uniqueEmail(), "wrong-password-1", address).statusCode());
    }
    assertThat(statuses.subList(0, 50), everyItem(is(401)));
    assertThat(statuses.subList(50, 52), everyItem(is(429)));

    Response refused = Accounts.login(newcomer, Accounts.PASSWORD, address);
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("code", equalTo("TOO_MANY_ATTEMPTS"))
        .header("Retry-After", notNullValue());
    assertThat(Integer.parseInt(refused.header("Retry-After")), greaterThanOrEqualTo(1));
    Accounts.login(regular, Accounts.PASSWORD, address).then().statusCode(200);
    Accounts.login(newcomer, Accounts.PASSWORD, Accounts.uniqueAddress()).then().statusCode(200);

    TestClock.CLOCK.advance(WINDOW);
    Accounts.login(newcomer, Accounts.PASSWORD, address).then().statusCode(200);
  }
}
