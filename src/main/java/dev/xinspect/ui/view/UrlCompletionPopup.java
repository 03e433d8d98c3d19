package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.EndpointAssistViewModel;
import dev.xinspect.ui.viewmodel.EndpointSuggestion;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * Endpoint completions under the URL field while the path is typed: Up and Down move, Enter or a click takes one,
 * Escape closes. The list never takes the focus, so typing goes on in the field.
 */
final class UrlCompletionPopup {
    private final Popup popup = new Popup();
    private final ListView<EndpointSuggestion> list = new ListView<>();
    private final TemplateField field;
    private final EndpointAssistViewModel vm;
    private boolean accepting;

    UrlCompletionPopup(TemplateField field, EndpointAssistViewModel vm) {
        this.field = field;
        this.vm = vm;
        list.setId("urlCompletions");
        list.setFocusTraversable(false);
        list.setPrefSize(720, 260);
        list.getStyleClass().add("mono");
        list.setOnMouseClicked(e -> acceptSelected());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        field.textProperty().addListener((obs, old, now) -> {
            if (!accepting && field.isFocused()) {
                suggest(now);
            }
        });
        field.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (!popup.isShowing()) {
                return;
            }
            if (key.getCode() == KeyCode.DOWN || key.getCode() == KeyCode.UP) {
                int step = key.getCode() == KeyCode.DOWN ? 1 : -1;
                int next = Math.max(0, Math.min(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex() + step));
                list.getSelectionModel().select(next);
                list.scrollTo(next);
                key.consume();
            } else if (key.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                key.consume();
            }
        });
    }

    /** Takes the highlighted completion when the list is open (Enter); false when there was none to take. */
    boolean acceptSelected() {
        EndpointSuggestion chosen = popup.isShowing() ? list.getSelectionModel().getSelectedItem() : null;
        if (chosen == null) {
            return false;
        }
        accepting = true;
        vm.accept(chosen);
        accepting = false;
        popup.hide();
        return true;
    }

    private void suggest(String typed) {
        vm.complete(typed).thenAcceptAsync(found -> {
            if (!field.getText().equals(typed)) {
                return; // the user typed on; a newer call answers
            }
            boolean complete = found.size() == 1 && found.get(0).url().equals(typed);
            if (found.isEmpty() || complete || typed.contains("?")) {
                popup.hide();
                return;
            }
            list.getItems().setAll(found);
            list.getSelectionModel().clearSelection();
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            if (bounds != null && !popup.isShowing()) {
                popup.show(field, bounds.getMinX(), bounds.getMaxY());
            }
        }, javafx.application.Platform::runLater);
    }
}
