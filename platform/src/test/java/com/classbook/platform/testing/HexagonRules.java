package com.classbook.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The hexagon every service keeps, and the rules of its REST adapters: checked by one ArchUnit test
 * per service.
 */
public final class HexagonRules {
  private HexagonRules() {}

  /** Fails when the service rooted at {@code basePackage} breaks a hexagon rule. */
  public static void check(String basePackage) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage);
    String domain = basePackage + ".domain..";
    String application = basePackage + ".application..";
    String services = basePackage + ".application.service..";
    String adapters = basePackage + ".adapter..";

    noClasses()
        .that()
        .resideInAPackage(domain)
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(domain, "java..", "com.classbook.kernel..")
        .because("the domain is plain Java: JDK and shared kernel only")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(application)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(adapters)
        .because("the application core never knows its adapters")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(application)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.quarkus..", "org.eclipse.microprofile..", "org.hibernate..")
        .because(
            "the application layer is framework-free: transactions through its port, settings as"
                + " records built in config/ (docs/style.md)")
        .allowEmptyShould(true)
        .check(classes);
    String portsIn = basePackage + ".application.port.in..";
    String portsOut = basePackage + ".application.port.out..";
    noClasses()
        .that()
        .resideInAPackage(portsIn)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(portsOut)
        .because("what drives the application and what it drives are described apart")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(portsOut)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(portsIn)
        .because("what drives the application and what it drives are described apart")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(adapters)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(services)
        .because("adapters reach the application through its ports")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(basePackage + ".adapter.in..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(basePackage + ".adapter.out..")
        .because("driving adapters do not call driven adapters directly")
        .allowEmptyShould(true)
        .check(classes);
    classes()
        .that()
        .resideInAPackage(basePackage + ".adapter.in..")
        .and()
        .areAnnotatedWith(Path.class)
        .should()
        .beAnnotatedWith(NOT_CANCELLABLE)
        .because(
            "a request whose client went away still runs to its end: its transaction commits or"
                + " rolls back whole, locks outlive it, nothing is closed under it"
                + " (docs/platform.md, \"Requests whose client went away\")")
        .allowEmptyShould(true)
        .check(classes);
  }

  private static final DescribedPredicate<JavaAnnotation<?>> NOT_CANCELLABLE =
      new DescribedPredicate<>("@Cancellable(false)") {
        @Override
        public boolean test(JavaAnnotation<?> annotation) {
          return annotation.getRawType().isEquivalentTo(Cancellable.class)
              && Boolean.FALSE.equals(annotation.get("value").orElse(Boolean.TRUE));
        }
      };
}
