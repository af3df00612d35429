package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.creditpackage.CreditPackage;
import io.smallrye.mutiny.Uni;

/** Reads one credit package by id, active or not; 404 PACKAGE_NOT_FOUND when there is none. */
public interface GetPackageQuery {
  Uni<CreditPackage> getPackage(String id);
}
