package app.zonereader;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Enforces the package table of DESIGN.md: data flows ingest → store → ui, and each layer sees only what it may. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.zonereader");
    }

    @Test
    void modelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("..model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..model..")
                .check(classes);
    }

    @Test
    void serviceInterfacesUseOnlyTheModel() {
        classes().that().resideInAPackage("..service..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..model..", "..service..")
                .check(classes);
    }

    @Test
    void ingestUsesModelAndHanlpOnly() {
        classes().that().resideInAPackage("..ingest..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "..model..", "..ingest..", "com.hankcs..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void storeUsesModelAndJdbcOnly() {
        // Jackson reads and writes the warnings columns (JSON objects with a code and arguments)
        classes().that().resideInAPackage("..store..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.sql..", "..model..", "..store..", "org.sqlite..", "org.slf4j..",
                        "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void exchangeUsesModelJacksonAndCommonsCsvOnly() {
        classes().that().resideInAPackage("..exchange..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "..model..", "..exchange..", "com.fasterxml.jackson..",
                        "org.apache.commons.csv..")
                .check(classes);
    }

    @Test
    void uiSeesNeitherStoreNorIngest() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..store..", "..ingest..", "..exchange..",
                        "app.zonereader.app..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyUiAndAppTouchJavaFx() {
        noClasses().that().resideInAnyPackage("..model..", "..ingest..", "..store..", "..service..", "..exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }
}
