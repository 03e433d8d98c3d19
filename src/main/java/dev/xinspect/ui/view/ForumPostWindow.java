package dev.xinspect.ui.view;

import dev.xinspect.core.format.MarkdownLines;
import dev.xinspect.ui.viewmodel.ForumPostViewModel;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/** The forum post editor: Markdown on the left (highlighted by line), a preview on the right, Copy and Save. */
public final class ForumPostWindow {
    private final Stage stage = new Stage();
    private final ForumPostViewModel vm;
    private final CodeArea editor = new CodeArea();
    private final VBox preview = new VBox(6);
    private final MarkdownLines markdownLines = new MarkdownLines();

    public ForumPostWindow(Window owner, ForumPostViewModel vm, List<String> stylesheets) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Draft forum post");

        editor.setId("postEditor");
        editor.setWrapText(true);
        editor.getStyleClass().add("mono");
        editor.replaceText(vm.markdownProperty().get());
        editor.moveTo(0);
        editor.textProperty().addListener((obs, old, text) -> {
            if (!text.equals(vm.markdownProperty().get())) {
                vm.markdownProperty().set(text);
            }
        });
        vm.markdownProperty().addListener((obs, old, text) -> {
            if (!text.equals(editor.getText())) {
                editor.replaceText(text);
                editor.moveTo(0);
                editor.scrollYToPixel(0);
            }
            render(text);
        });
        render(vm.markdownProperty().get());

        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        preview.getStyleClass().add("post-preview");
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(editor), previewScroll);
        split.setDividerPositions(0.5);

        BorderPane root = new BorderPane(split);
        root.setTop(header());
        root.setBottom(footer());
        Scene scene = new Scene(root, 1100, 720);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        javafx.application.Platform.runLater(() -> editor.showParagraphAtTop(0));
    }

    private VBox header() {
        TextField description = new TextField();
        description.setPromptText("The problem in your words (leave empty to use the diagnosis)");
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        TextField expected = new TextField();
        expected.setPromptText("What you expected to receive instead");
        expected.textProperty().bindBidirectional(vm.expectedProperty());
        ComboBox<String> topic = new ComboBox<>();
        topic.setId("postTopic");
        topic.getItems().add(ForumPostViewModel.ALL_TOPICS);
        topic.getItems().addAll(vm.topicsProperty());
        topic.valueProperty().bindBidirectional(vm.topicProperty());
        Button redraft = new Button("Redraft");
        redraft.setOnAction(e -> vm.redraft());
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox.setHgrow(expected, Priority.ALWAYS);
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("note");
        note.textProperty().bind(vm.topicNoteProperty());
        note.visibleProperty().bind(vm.topicNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        VBox header = new VBox(8, new HBox(8, description, expected, new Label("Topic"), topic, redraft), note);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private VBox footer() {
        Label warnings = new Label();
        warnings.setId("secretWarnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add("error-banner");
        warnings.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", vm.secretWarningsProperty()), vm.secretWarningsProperty()));
        warnings.visibleProperty().bind(vm.secretWarningsProperty().emptyProperty().not());
        warnings.managedProperty().bind(warnings.visibleProperty());
        Button copyAnyway = new Button("Copy anyway");
        copyAnyway.visibleProperty().bind(warnings.visibleProperty());
        copyAnyway.managedProperty().bind(warnings.visibleProperty());
        copyAnyway.setOnAction(e -> vm.copyAnyway());
        Button copy = new Button("Copy Markdown");
        copy.setId("copyPost");
        copy.setDefaultButton(true);
        copy.setOnAction(e -> vm.copy());
        Button save = new Button("Save…");
        save.setOnAction(e -> save());
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        HBox buttons = new HBox(8, copy, save, copyAnyway, status);
        buttons.getStyleClass().add("pane-header");
        return new VBox(warnings, buttons);
    }

    private void render(String markdown) {
        List<MarkdownLines.Line> lines = markdownLines.classify(markdown);
        preview.getChildren().setAll(lines.stream().filter(line -> line.kind() != MarkdownLines.Kind.FENCE)
                .map(ForumPostWindow::previewLine).toList());
        for (int i = 0; i < lines.size() && i < editor.getParagraphs().size(); i++) {
            editor.setParagraphStyle(i, List.of("md-" + lines.get(i).kind().name().toLowerCase(Locale.ROOT)));
        }
    }

    private static Node previewLine(MarkdownLines.Line line) {
        String text = switch (line.kind()) {
            case LIST -> "•  " + line.text();
            default -> line.text();
        };
        Label label = new Label(text);
        label.setWrapText(true); // code lines too: a long curl line wraps rather than ending in "…"
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("preview-" + line.kind().name().toLowerCase(Locale.ROOT));
        return label;
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("forum-post.md");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                vm.save(file.toPath());
            } catch (IOException e) {
                new Banner(stage.getScene()).show("Could not save the post: " + e.getMessage());
            }
        }
    }
}
