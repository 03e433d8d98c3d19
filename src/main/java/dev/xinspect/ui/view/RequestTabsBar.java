package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.RequestTab;
import dev.xinspect.ui.viewmodel.RequestTabsViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** The request tabs above the editor: one per open request, "●" when it has unsaved changes, × to close, + to add. */
final class RequestTabsBar extends FlowPane {
    private final RequestTabsViewModel vm;
    private final ToggleGroup group = new ToggleGroup();
    private final Button add = new Button("+");

    RequestTabsBar(RequestTabsViewModel vm) {
        super(4, 4);
        this.vm = vm;
        setId("requestTabs");
        getStyleClass().add("request-tabs");
        add.setId("newRequestTab");
        add.setTooltip(new javafx.scene.control.Tooltip("New request tab"));
        add.setOnAction(e -> vm.newTab());
        vm.tabs().addListener((ListChangeListener<RequestTab>) change -> rebuild());
        vm.selectedProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().setAll(vm.tabs().stream().map(this::chip).toList());
        getChildren().add(add);
    }

    private HBox chip(RequestTab tab) {
        ToggleButton title = new ToggleButton();
        title.setId("requestTab-" + vm.tabs().indexOf(tab));
        title.setToggleGroup(group);
        title.setMnemonicParsing(false);
        title.textProperty().bind(Bindings.when(tab.unsavedProperty()).then(Bindings.concat(tab.titleProperty(), "  ●"))
                .otherwise(tab.titleProperty()));
        title.setSelected(tab == vm.selectedProperty().get());
        title.setOnAction(e -> {
            title.setSelected(true); // a tab stays selected when clicked again
            vm.select(tab);
        });
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button close = new Button("×");
        close.setId("closeRequestTab-" + vm.tabs().indexOf(tab));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> vm.close(tab));
        HBox chip = new HBox(0, title, close);
        chip.getStyleClass().add("request-tab");
        return chip;
    }
}
