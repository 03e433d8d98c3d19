package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.EndpointAssistViewModel;
import dev.xinspect.ui.viewmodel.FieldChoice;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Under the URL: the endpoint the catalog matched and the auth it accepts, a field per path parameter, what X would
 * refuse about the request, and a menu per field or expansion list to pick values from.
 */
final class EndpointAssistPane extends VBox {
    private final EndpointAssistViewModel vm;
    private final FlowPane choices = new FlowPane(6, 4);

    EndpointAssistPane(EndpointAssistViewModel vm) {
        super(2);
        this.vm = vm;
        setId("endpointAssist");
        Label endpoint = new Label();
        endpoint.setId("endpointInfo");
        endpoint.getStyleClass().add("muted");
        endpoint.textProperty().bind(vm.endpointTextProperty());
        endpoint.setWrapText(true); // a long "accepts …" line wraps instead of ending in "…"
        endpoint.setMinHeight(Region.USE_PREF_SIZE);
        Label source = new Label();
        source.getStyleClass().add("muted");
        source.textProperty().bind(vm.sourceTextProperty().map(text -> "Catalog: " + text));
        source.setMinWidth(Region.USE_PREF_SIZE);
        Button fetch = new Button("Fetch X's spec");
        fetch.setId("fetchSpec");
        fetch.getStyleClass().add("small");
        fetch.setMinWidth(Region.USE_PREF_SIZE);
        fetch.disableProperty().bind(vm.fetchingProperty());
        fetch.setOnAction(e -> vm.fetchXSpec());
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(vm.messageProperty());
        shownWhenNotEmpty(message);
        HBox catalog = new HBox(8, source, fetch);
        catalog.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // Wrapping text needs a parent that hands it its width first: the endpoint goes on its own line.
        VBox line = new VBox(2, endpoint, catalog);

        VBox problems = new VBox(1);
        problems.setId("requestProblems");
        vm.problems().addListener((ListChangeListener<String>) change -> problems.getChildren().setAll(
                vm.problems().stream().map(EndpointAssistPane::problem).toList()));
        vm.fieldChoices().addListener((ListChangeListener<FieldChoice>) change -> rebuildChoices());
        getChildren().addAll(line, message, new PathParametersRow(vm), problems, choices);
    }

    private static Label problem(String text) {
        Label label = new Label("⚠ " + text);
        label.setWrapText(true);
        label.getStyleClass().add("request-problem");
        return label;
    }

    /** One menu per list parameter; each value a check box that stays open while the user picks several. */
    private void rebuildChoices() {
        choices.getChildren().setAll(vm.fieldChoices().stream().map(choice -> {
            MenuButton menu = new MenuButton(choice.caption());
            menu.setId("choice-" + choice.parameter());
            menu.getStyleClass().add("small");
            for (String value : choice.allowed()) {
                CheckBox box = new CheckBox(value);
                box.setSelected(choice.chosen().contains(value));
                box.selectedProperty().addListener((obs, old, on) -> vm.toggle(choice.parameter(), value, on));
                CustomMenuItem item = new CustomMenuItem(box);
                item.setHideOnClick(false);
                menu.getItems().add(item);
            }
            return menu;
        }).toList());
    }

    private static void shownWhenNotEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
