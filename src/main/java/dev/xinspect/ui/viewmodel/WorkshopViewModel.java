package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.sandbox.Scenario;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workshop bar: pick a sandbox scenario, read its short lesson; every following request plays it. */
public final class WorkshopViewModel {
    private final ObservableList<ScenarioOption> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<ScenarioOption> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper lesson = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.BooleanProperty studentMode = new javafx.beans.property.SimpleBooleanProperty();

    public WorkshopViewModel(List<Scenario> all, String current, Consumer<String> selectScenario) {
        scenarios.setAll(all.stream().map(s -> new ScenarioOption(s.name(), s.title(), s.lesson())).toList());
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                selectScenario.accept(now.name());
                lesson.set(now.lesson());
            }
        });
        scenarios.stream().filter(s -> s.name().equals(current)).findFirst().ifPresent(selected::set);
    }

    public ObservableList<ScenarioOption> scenarios() {
        return scenarios;
    }

    public ObjectProperty<ScenarioOption> selectedProperty() {
        return selected;
    }

    /** Whether the student panel (a workshop's steps, checked) is shown. */
    public javafx.beans.property.BooleanProperty studentModeProperty() {
        return studentMode;
    }

    public ReadOnlyStringProperty lessonProperty() {
        return lesson.getReadOnlyProperty();
    }
}
