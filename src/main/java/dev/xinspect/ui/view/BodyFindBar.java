package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.BodySearchViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The find bar over the response body: the query (results as you type), "3 of 1,204", previous and next. Enter is
 * next, Shift+Enter previous, Escape closes.
 */
final class BodyFindBar extends HBox {
    private final TextField field = new TextField();

    BodyFindBar(BodySearchViewModel vm) {
        super(6);
        setId("findBar");
        getStyleClass().add("find-bar");
        field.setId("findField");
        field.setPromptText("Find in body");
        field.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Label status = new Label();
        status.setId("findCount");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        Button previous = Buttons.of("↑", "findPrevious", vm::previous);
        Button next = Buttons.of("↓", "findNext", vm::next);
        Button close = Buttons.of("✕", "findClose", () -> vm.openProperty().set(false));
        previous.disableProperty().bind(vm.countProperty().isEqualTo(0));
        next.disableProperty().bind(previous.disableProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    vm.previous();
                } else {
                    vm.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.openProperty().set(false);
                e.consume();
            }
        });
        getChildren().addAll(field, status, previous, next, close);
        visibleProperty().bind(vm.openProperty());
        managedProperty().bind(visibleProperty());
    }

    /** Shows the bar with the query selected, ready to be typed over. */
    void focusQuery() {
        field.requestFocus();
        field.selectAll();
    }
}
