package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.StreamTimelineViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The connection timeline in UTC and "Why did I miss a Post?" (the gaps, and the checklist in the diagnosis panel). */
final class StreamTimelinePane extends VBox {

    StreamTimelinePane(StreamTimelineViewModel vm) {
        super(6);
        ListView<String> entries = new ListView<>(vm.entries());
        entries.setId("streamTimeline");
        entries.getItems().addListener((javafx.collections.ListChangeListener<String>) c -> entries.scrollTo(entries.getItems().size() - 1));
        VBox.setVgrow(entries, Priority.ALWAYS);
        Button why = new Button("Why did I miss a Post?");
        why.setId("whyMissed");
        why.setOnAction(e -> vm.whyDidIMissAPost());
        Label hint = new Label("Shows when the stream was not connected and opens the missing-posts checklist in the main window.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        why.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ListView<String> gaps = new ListView<>(vm.gaps());
        gaps.setId("streamGaps");
        gaps.setPrefHeight(80);
        gaps.visibleProperty().bind(Bindings.isNotEmpty(vm.gaps()));
        gaps.managedProperty().bind(gaps.visibleProperty());
        getChildren().addAll(entries, new HBox(8, why, hint), gaps);
    }
}
