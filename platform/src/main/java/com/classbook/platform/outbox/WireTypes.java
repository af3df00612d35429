package com.classbook.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The versioned wire type of every fact of one sealed family; refused when built if a fact of the
 * family has no type, so that a new fact cannot reach the outbox untyped.
 */
public final class WireTypes<F> {

  private final Map<Class<?>, String> types;

  private WireTypes(Map<Class<?>, String> types) {
    this.types = Map.copyOf(types);
  }

  /**
   * The types of the facts of {@code family}, a sealed interface whose permitted classes are the
   * facts.
   */
  public static <F> WireTypes<F> of(Class<F> family, Map<Class<? extends F>, String> types) {
    if (!family.isSealed()) {
      throw new IllegalArgumentException(family.getName() + " is not a sealed family of facts");
    }
    Set<Class<?>> facts = Set.of(family.getPermittedSubclasses());
    if (!facts.equals(types.keySet())) {
      throw new IllegalArgumentException(
          "wire types of " + family.getSimpleName() + " must name exactly " + facts);
    }
    return new WireTypes<>(new HashMap<>(types));
  }

  /** The wire type of {@code fact}. */
  public String of(F fact) {
    return types.get(fact.getClass());
  }

  /** Every fact's wire type, for tests that pin them. */
  public Map<Class<?>, String> asMap() {
    return types;
  }
}
