package com.classbook.waitlist.application.service;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/** Runs one asynchronous step per item, one after the other, counting the steps that said yes. */
final class Sequentially {
  private Sequentially() {}

  static <T> Uni<Integer> count(List<T> items, Function<T, Uni<Boolean>> step) {
    Uni<Integer> done = Uni.createFrom().item(0);
    for (T item : items) {
      done = done.chain(n -> step.apply(item).map(yes -> Boolean.TRUE.equals(yes) ? n + 1 : n));
    }
    return done;
  }
}
