package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.EndpointAssistViewModel;
import dev.xinspect.ui.viewmodel.PathSlot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * "Path: id [ 2244994945 ]": one field per path parameter of the matched endpoint, as Postman's path variables.
 * Typing fills the slot in the URL; a field keeps its focus and text while the URL it edits is checked again.
 */
final class PathParametersRow extends FlowPane {
    private final EndpointAssistViewModel vm;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private boolean showing;

    PathParametersRow(EndpointAssistViewModel vm) {
        super(8, 4);
        this.vm = vm;
        setId("pathParameters");
        setAlignment(Pos.CENTER_LEFT);
        vm.pathSlots().addListener((ListChangeListener<PathSlot>) change -> update());
        update();
    }

    private void update() {
        List<PathSlot> slots = vm.pathSlots();
        setVisible(!slots.isEmpty());
        setManaged(!slots.isEmpty());
        if (!List.copyOf(fields.keySet()).equals(slots.stream().map(PathSlot::name).toList())) {
            rebuild(slots);
        }
        showing = true;
        for (PathSlot slot : slots) {
            TextField field = fields.get(slot.name());
            if (!field.isFocused() && !field.getText().equals(slot.value())) {
                field.setText(slot.value());
            }
        }
        showing = false;
    }

    private void rebuild(List<PathSlot> slots) {
        fields.clear();
        Label caption = new Label("Path");
        caption.getStyleClass().add("muted");
        getChildren().setAll(caption);
        for (PathSlot slot : slots) {
            TextField field = new TextField(slot.value());
            field.setId("path-" + slot.name());
            field.setPromptText(slot.name());
            field.setPrefColumnCount(14);
            if (!slot.description().isEmpty()) {
                field.setTooltip(new Tooltip(slot.description()));
            }
            field.textProperty().addListener((obs, old, text) -> {
                if (!showing) {
                    vm.fillPathParameter(slot.name(), text);
                }
            });
            fields.put(slot.name(), field);
            Label name = new Label(slot.name());
            name.setLabelFor(field);
            HBox pair = new HBox(4, name, field);
            pair.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(pair);
        }
    }
}
