package com.classbook.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WireTypesTest {

  sealed interface Fact {}

  record Happened() implements Fact {}

  record Undone() implements Fact {}

  @Test
  void eachFactHasTheTypeItWasGiven() {
    WireTypes<Fact> types =
        WireTypes.of(
            Fact.class, Map.of(Happened.class, "x.Happened.v1", Undone.class, "x.Undone.v1"));

    assertEquals("x.Happened.v1", types.of(new Happened()));
    assertEquals("x.Undone.v1", types.of(new Undone()));
  }

  @Test
  void aFactWithoutATypeIsRefusedWhenTheTypesAreBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> WireTypes.of(Fact.class, Map.of(Happened.class, "x.Happened.v1")));
  }

  @Test
  void onlyASealedFamilyHasWireTypes() {
    assertThrows(IllegalArgumentException.class, () -> WireTypes.of(Runnable.class, Map.of()));
  }
}
