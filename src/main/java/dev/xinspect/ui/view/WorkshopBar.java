package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.ScenarioOption;
import dev.xinspect.ui.viewmodel.WorkshopViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The workshop bar: the sandbox scenario to play and its lesson in a sentence or two. */
public final class WorkshopBar extends javafx.scene.layout.VBox {

    public WorkshopBar(WorkshopViewModel vm) {
        setId("workshopBar");
        getStyleClass().add("workshop-bar");
        ComboBox<ScenarioOption> scenario = new ComboBox<>(vm.scenarios());
        scenario.setId("scenarioChoice");
        scenario.valueProperty().bindBidirectional(vm.selectedProperty());
        scenario.setCellFactory(list -> new ScenarioCell());
        scenario.setButtonCell(new ScenarioCell());
        scenario.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the lesson wraps; the scenario's name never shrinks
        Label lesson = new Label();
        lesson.setId("lesson");
        lesson.setWrapText(true);
        lesson.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        lesson.textProperty().bind(vm.lessonProperty());
        setSpacing(4);
        Label title = new Label("Sandbox scenario");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox choice = new HBox(10, title, scenario);
        choice.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(choice, lesson); // the lesson below, the width of the window: two lines, not five
    }

    private static final class ScenarioCell extends ListCell<ScenarioOption> {
        @Override
        protected void updateItem(ScenarioOption item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
