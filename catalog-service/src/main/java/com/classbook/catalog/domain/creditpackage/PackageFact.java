package com.classbook.catalog.domain.creditpackage;

/**
 * What happened to a credit package, as a fact of the domain; the messaging adapter maps each one
 * to its versioned integration event.
 */
public sealed interface PackageFact {

  /** The package as it is after the fact. */
  CreditPackage creditPackage();

  /** A new package went on sale. */
  record Created(CreditPackage creditPackage) implements PackageFact {}

  /** The name, price or active flag of a package changed. */
  record Updated(CreditPackage creditPackage) implements PackageFact {}
}
