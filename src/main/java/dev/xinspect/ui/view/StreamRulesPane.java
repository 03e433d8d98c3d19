package dev.xinspect.ui.view;

import dev.xinspect.core.stream.RuleLinter;
import dev.xinspect.core.stream.StreamRule;
import dev.xinspect.ui.viewmodel.StreamRulesViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The filtered stream's rules: add (value, tag, linted for the chosen access level), validate, list, delete. */
final class StreamRulesPane extends VBox {

    StreamRulesPane(StreamRulesViewModel vm) {
        super(6);
        TextField value = new TextField();
        value.setId("ruleValue");
        value.getStyleClass().add("mono");
        value.setPromptText("(from:XDevelopers OR #xinspect) -is:retweet lang:en");
        value.textProperty().bindBidirectional(vm.valueProperty());
        HBox.setHgrow(value, Priority.ALWAYS);
        TextField tag = new TextField();
        tag.setId("ruleTag");
        tag.setPromptText("tag");
        tag.setPrefColumnCount(10);
        tag.textProperty().bindBidirectional(vm.tagProperty());
        ComboBox<RuleLinter.Level> level = new ComboBox<>();
        level.setId("ruleLevel");
        level.getItems().setAll(RuleLinter.Level.values());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(RuleLinter.Level item) {
                return item == null ? "" : item.maxLength() + " characters";
            }

            @Override
            public RuleLinter.Level fromString(String text) {
                return null;
            }
        });
        Button add = new Button("Add");
        add.setId("addRule");
        add.disableProperty().bind(vm.canSendProperty().not());
        add.setOnAction(e -> vm.add());
        value.setOnAction(e -> vm.add());
        Button addAnyway = new Button("Add anyway");
        addAnyway.setId("addRuleAnyway");
        addAnyway.visibleProperty().bind(Bindings.isNotEmpty(vm.lints()));
        addAnyway.managedProperty().bind(addAnyway.visibleProperty());
        addAnyway.disableProperty().bind(vm.canSendProperty().not());
        addAnyway.setOnAction(e -> vm.addAnyway());
        Button validate = new Button("Validate (dry_run)");
        validate.setId("validateRule");
        validate.disableProperty().bind(vm.canSendProperty().not());
        validate.setOnAction(e -> vm.validate());

        ListView<String> lints = small(new ListView<>(vm.lints()), "ruleLints");
        ListView<String> errors = small(new ListView<>(vm.errors()), "ruleErrors");
        Label message = new Label();
        message.setId("rulesMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        ListView<StreamRule> rules = new ListView<>(vm.rules());
        rules.setId("rulesList");
        rules.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        rules.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(StreamRule rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(empty || rule == null ? null : rule.value() + (rule.tag().isEmpty() ? "" : "   [" + rule.tag() + "]") + "   id " + rule.id());
            }
        });
        VBox.setVgrow(rules, Priority.ALWAYS);
        Button list = new Button("List rules");
        list.setId("listRules");
        list.setOnAction(e -> vm.refresh());
        Button delete = new Button("Delete selected");
        delete.setId("deleteRules");
        delete.disableProperty().bind(Bindings.isEmpty(rules.getSelectionModel().getSelectedItems()).or(vm.busyProperty()));
        delete.setOnAction(e -> vm.delete(rules.getSelectionModel().getSelectedItems()));
        Label access = new Label("Access level:");
        getChildren().addAll(new HBox(6, value, tag, access, level, add, addAnyway, validate), lints, message, errors, rules,
                new HBox(6, list, delete));
    }

    private static ListView<String> small(ListView<String> list, String id) {
        list.setId(id);
        list.setPrefHeight(60);
        list.getStyleClass().add("note");
        list.visibleProperty().bind(Bindings.isNotEmpty(list.getItems()));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }
}
