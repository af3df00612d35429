package com.classbook.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The one test layout of every service (docs/style.md, Tests): a test's place and name follow from
 * what it drives; checked by each service's architecture test.
 */
public final class TestLayoutRules {
  private TestLayoutRules() {}

  /** Fails when a test of the service rooted at {@code basePackage} is out of its place. */
  public static void check(String basePackage) {
    JavaClasses tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(basePackage);
    String api = basePackage + ".api..";

    classes()
        .that()
        .areTopLevelClasses()
        .and()
        .resideInAPackage(api)
        .should()
        .haveSimpleNameEndingWith("ApiTest")
        .orShould()
        .haveSimpleNameEndingWith("RaceTest")
        .orShould()
        .haveSimpleNameEndingWith("IT")
        .because(
            "api/ holds the HTTP tests: *ApiTest, *RaceTest, or *IT when another service's jar runs")
        .allowEmptyShould(true)
        .check(tests);
    classes()
        .that()
        .haveSimpleNameEndingWith("ApiTest")
        .or()
        .haveSimpleNameEndingWith("RaceTest")
        .should()
        .resideInAPackage(api)
        .because("every HTTP test of the service is in api/")
        .allowEmptyShould(true)
        .check(tests);
    classes()
        .that()
        .haveSimpleNameEndingWith("Contract")
        .should()
        .resideInAPackage(basePackage + ".application.port.out..")
        .because("a port's contract sits with the port")
        .allowEmptyShould(true)
        .check(tests);
    classes()
        .that()
        .haveSimpleNameEndingWith("ServiceTest")
        .should()
        .resideInAPackage(basePackage + ".application.service..")
        .because("a use case's tests sit with the use case")
        .allowEmptyShould(true)
        .check(tests);
  }
}
