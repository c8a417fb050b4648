package app.zonereader;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import app.zonereader.ui.BackgroundTaskExecutor;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
    void uiUsesOnlyTheModelTheServicesAndItsToolkits() {
        // A whitelist: the window reaches the library only through the service interfaces. RichTextFX is org.fxmisc,
        // and its API hands out ReactFX lists (org.reactfx); AtlantaFX and Ikonli are the themes and icons of the
        // desktop work; commons-csv writes a chart's numbers (ChartExport), RFC 4180 like the annotation export.
        classes().that().resideInAPackage("app.zonereader.ui..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javafx..", "org.controlsfx..", "org.fxmisc..", "org.reactfx..",
                        "atlantafx..", "org.kordamp.ikonli..", "org.apache.commons.csv..", "org.slf4j..", "app.zonereader.model..",
                        "app.zonereader.service..", "app.zonereader.ui..")
                .check(classes);
    }

    @Test
    void onlyTheExecutorAndTheAppUseJavaFxTasks() {
        // View models hand the executor a BackgroundTask, so their tests run without the JavaFX toolkit.
        noClasses().that().resideOutsideOfPackage("app.zonereader.app..")
                .and().haveNameNotMatching(Pattern.quote(BackgroundTaskExecutor.class.getName()) + "(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("app.zonereader.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyUiAndAppTouchJavaFx() {
        noClasses().that().resideInAnyPackage("..model..", "..ingest..", "..store..", "..service..", "..exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }
}
