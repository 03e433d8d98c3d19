package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.CollectionNode;
import dev.xinspect.ui.viewmodel.CollectionTransferViewModel;
import dev.xinspect.ui.viewmodel.CollectionsViewModel;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Collections tab: the workspace tree (double-click or Enter opens a request), its commands, load problems and save conflicts. */
public final class CollectionsPane extends VBox {
    private final CollectionsViewModel vm;
    private final TreeView<CollectionNode> tree = new TreeView<>(new TreeItem<>());
    private FlowPane commands;

    public CollectionsPane(CollectionsViewModel vm) {
        this.vm = vm;
        setId("collectionsPane");
        setSpacing(6);
        getStyleClass().add("pane-header");
        tree.setId("collectionsTree");
        tree.setShowRoot(false);
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selected().filter(CollectionNode::isRequest).ifPresent(vm::open);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                selected().filter(CollectionNode::isRequest).ifPresent(vm::open);
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.collections().addListener((ListChangeListener<CollectionNode>) change -> rebuild());
        rebuild();

        Button newCollection = button("newCollectionButton", "New collection…", () -> ask("New collection", "Name of the collection:", "")
                .ifPresent(vm::newCollection));
        Button newFolder = button("newFolderButton", "New folder…", () -> selected().ifPresent(node -> ask("New folder",
                "Name of the folder in " + node.name() + ":", "").ifPresent(name -> vm.newFolder(node, name))));
        Button rename = button("renameButton", "Rename…", () -> selected().ifPresent(node -> ask("Rename", "New name:", node.name())
                .ifPresent(name -> vm.rename(node, name))));
        Button delete = button("deleteButton", "Delete", () -> selected().ifPresent(vm::delete));
        delete.setTooltip(new javafx.scene.control.Tooltip("Moves it to the workspace's .trash folder"));
        commands = new FlowPane(4, 4, newCollection, newFolder, rename, delete);

        Label title = new Label("Collections");
        title.getStyleClass().add("section-heading");
        getChildren().addAll(title, message("collectionsBanner", vm.bannerProperty(), true), message("collectionsError",
                vm.errorProperty(), false), conflictBar(), tree, commands);
        setPrefWidth(260);
    }

    /** Adds Import (Postman, OpenAPI, X's spec) and Export as Postman, with the summary of the last one. */
    public void enableTransfer(CollectionTransferViewModel transfer) {
        new CollectionTransferControls(transfer, () -> selectedCollection().map(CollectionNode::name)).addTo(this, commands);
    }

    /** The collection the selection is in (the selection itself when it is one). */
    private Optional<CollectionNode> selectedCollection() {
        TreeItem<CollectionNode> item = tree.getSelectionModel().getSelectedItem();
        while (item != null && item.getParent() != null && item.getParent() != tree.getRoot()) {
            item = item.getParent();
        }
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    private Optional<CollectionNode> selected() {
        TreeItem<CollectionNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    private void rebuild() {
        tree.getRoot().getChildren().setAll(vm.collections().stream().map(CollectionsPane::item).toList());
    }

    private static TreeItem<CollectionNode> item(CollectionNode node) {
        TreeItem<CollectionNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }

    private HBox message(String id, javafx.beans.value.ObservableStringValue text, boolean dismissable) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox box = new HBox(6, label);
        if (dismissable) {
            box.getChildren().add(button(id + "Dismiss", "Dismiss", vm::dismiss));
        }
        box.getStyleClass().add("error-banner");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox conflictBar() {
        HBox bar = new HBox(6, button("reloadButton", "Reload from disk", vm::reloadCurrent),
                button("saveCopyButton", "Save as copy", vm::saveAsCopy));
        bar.visibleProperty().bind(vm.conflictProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        Look.own(dialog, getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.getEditor().setId("nameField");
        return dialog.showAndWait().filter(name -> !name.isBlank());
    }
}
