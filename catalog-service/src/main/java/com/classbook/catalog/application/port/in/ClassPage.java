package com.classbook.catalog.application.port.in;

import java.util.List;

/** One page of a class listing; {@code page} is 0-based. */
public record ClassPage(List<ClassDetails> items, int page, int size, long totalItems) {}
