package dev.xinspect.ui.view;

import dev.xinspect.core.expansion.JoinedPost;
import dev.xinspect.core.expansion.Reference;
import dev.xinspect.ui.viewmodel.JoinedPostsViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Joined tab: each Post of the answer with what its IDs point to in {@code includes}, unresolved ones marked. */
final class JoinedPostsPane extends VBox {

    JoinedPostsPane(JoinedPostsViewModel vm) {
        super(6);
        setId("joinedPosts");
        Label summary = new Label();
        summary.setId("joinedSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summaryProperty());
        ListView<JoinedPost> list = new ListView<>(vm.posts());
        list.setPlaceholder(new Label("No Posts in this answer. A search or a Post lookup shows here each Post with its"
                + " author, media and referenced Posts from includes."));
        list.setCellFactory(view -> new PostCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(summary, list);
    }

    /** A Post: its ID and text, then one line per reference (✓ resolved, ✗ with why it is missing). */
    private static final class PostCell extends ListCell<JoinedPost> {
        @Override
        protected void updateItem(JoinedPost post, boolean empty) {
            super.updateItem(post, empty);
            if (empty || post == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(post.text());
            text.setWrapText(true);
            text.getStyleClass().add("joined-text");
            Label id = new Label("Post " + post.id());
            id.getStyleClass().add("muted");
            VBox card = new VBox(2, id, text);
            for (Reference reference : post.references()) {
                Label line = new Label(reference.resolved() ? "✓ " + reference.role() + ": " + reference.label()
                        : "✗ " + reference.role() + " " + reference.key() + ": " + reference.problem());
                line.setWrapText(true);
                line.getStyleClass().add(reference.resolved() ? "joined-resolved" : "joined-unresolved");
                card.getChildren().add(line);
            }
            card.setMaxWidth(getListView().getWidth() - 30);
            setGraphic(card);
        }
    }
}
