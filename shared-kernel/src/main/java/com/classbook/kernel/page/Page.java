package com.classbook.kernel.page;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API answers it: {@code {items, page, size, totalItems}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
  }
}
