package dev.xinspect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers pointing down: app, then ui.view, ui.viewmodel, core (README "Layout"). */
@AnalyzeClasses(packages = "dev.xinspect", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAPackage("dev.xinspect.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..", "org.kordamp..")
            .because("the core is shared by the CLI and the GUI and is tested without a toolkit");

    @ArchTest
    static final ArchRule coreDependsOnNothingAbove = noClasses().that().resideInAPackage("dev.xinspect.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.xinspect.ui..", "dev.xinspect.app..", "dev.xinspect.cli..")
            .because("arrows point down only");

    @ArchTest
    static final ArchRule viewModelsUseOnlyBeansAndCollections = noClasses().that().resideInAPackage("dev.xinspect.ui.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "org.fxmisc..", "atlantafx..", "org.kordamp..", "dev.xinspect.ui.view..")
            .because("view models are tested with plain JUnit, without a toolkit");

    @ArchTest
    static final ArchRule viewModelsDoNotKnowTheCli = noClasses().that().resideInAPackage("dev.xinspect.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.xinspect.cli..", "dev.xinspect.app..")
            .because("the GUI and the CLI are two faces over the same core");

    @ArchTest
    static final ArchRule viewsHoldNoDomainLogic = noClasses().that().resideInAPackage("dev.xinspect.ui.view..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.xinspect.core.sandbox..", "dev.xinspect.core.workspace..", "dev.xinspect.core.auth..",
                    "java.net.http..", "com.fasterxml.jackson..")
            .orShould().dependOnClassesThat().belongToAnyOf(java.nio.file.Files.class, java.net.http.HttpClient.class)
            .because("views build, bind and forward; I/O and work happen in view models and the core");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackages("dev.xinspect.cli..", "dev.xinspect.app..")
            .should().accessField(System.class, "out")
            .because("the CLI is the only face that writes to stdout; everything else returns values");

    @ArchTest
    static final ArchRule oneMakerOfJsonReaders = noClasses().that().resideOutsideOfPackage("dev.xinspect.core.json..")
            .should().callConstructor(com.fasterxml.jackson.databind.ObjectMapper.class)
            .orShould().callConstructor(com.fasterxml.jackson.core.JsonFactory.class)
            .orShould().callMethod(com.fasterxml.jackson.core.JsonFactory.class, "builder")
            .orShould().callMethod(com.fasterxml.jackson.databind.json.JsonMapper.class, "builder")
            .because("every reader gets the limits chosen in JsonLimits, not Jackson's defaults (a 26 MB HAR crashed)");

    @ArchTest
    static final ArchRule cliCallsTheCoreNotTheUi = classes().that().resideInAPackage("dev.xinspect.cli..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("dev.xinspect.ui..", "javafx..")
            .because("the CLI runs without a display");
}
