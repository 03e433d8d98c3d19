package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.ScenarioOption;
import dev.xinspect.ui.viewmodel.WorkshopViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The workshop bar: the sandbox scenario to play and its lesson in a sentence or two. */
public final class WorkshopBar extends HBox {

    public WorkshopBar(WorkshopViewModel vm) {
        setId("workshopBar");
        getStyleClass().add("workshop-bar");
        ComboBox<ScenarioOption> scenario = new ComboBox<>(vm.scenarios());
        scenario.setId("scenarioChoice");
        scenario.valueProperty().bindBidirectional(vm.selectedProperty());
        scenario.setCellFactory(list -> new ScenarioCell());
        scenario.setButtonCell(new ScenarioCell());
        Label lesson = new Label();
        lesson.setId("lesson");
        lesson.setWrapText(true);
        lesson.textProperty().bind(vm.lessonProperty());
        HBox.setHgrow(lesson, Priority.ALWAYS);
        setSpacing(10);
        Label title = new Label("Sandbox scenario");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ToggleButton student = new javafx.scene.control.ToggleButton("Student mode");
        student.setId("studentMode");
        student.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        student.selectedProperty().bindBidirectional(vm.studentModeProperty());
        getChildren().addAll(title, scenario, lesson, student);
    }

    private static final class ScenarioCell extends ListCell<ScenarioOption> {
        @Override
        protected void updateItem(ScenarioOption item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
