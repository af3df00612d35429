package com.classbook.catalog.application.port.in;

import io.smallrye.mutiny.Uni;

/** Lists the bookable classes of a country in a time range, one page at a time. */
public interface ListClassesQuery {
  Uni<ClassPage> listClasses(ListClassesCommand command);
}
