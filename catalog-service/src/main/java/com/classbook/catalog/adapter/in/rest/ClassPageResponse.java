package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.ClassPage;
import java.util.List;

/** One page of the class listing. */
public record ClassPageResponse(List<ClassResponse> items, int page, int size, long totalItems) {
  static ClassPageResponse from(ClassPage page) {
    return new ClassPageResponse(
        page.items().stream().map(ClassResponse::from).toList(),
        page.page(),
        page.size(),
        page.totalItems());
  }
}
