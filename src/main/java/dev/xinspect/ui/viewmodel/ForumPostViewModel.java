package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.report.ForumPost;
import dev.xinspect.core.report.ForumPostDrafter;
import dev.xinspect.core.report.ForumPostRequest;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.report.SecretSpan;
import dev.xinspect.core.report.TakenStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * The forum post editor: a redacted draft the user edits, narrowed to one topic when the findings span several,
 * copied or saved only after a last secret scan over the final text. Drafting is fast and pure, so it runs here.
 */
public final class ForumPostViewModel {
    /** The topic choice that keeps every finding in one post. */
    public static final String ALL_TOPICS = "all topics";

    private final ForumPostDrafter drafter;
    private final Redactor redactor;
    private final Exchange exchange;
    private final Diagnosis diagnosis;
    private final List<TakenStep> steps;
    private final Consumer<String> clipboard;

    private final StringProperty markdown = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty expected = new SimpleStringProperty("");
    private final ObjectProperty<String> topic = new SimpleObjectProperty<>(ALL_TOPICS);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper topicNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<String> topics = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> secretWarnings = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ForumPostViewModel(ForumPostDrafter drafter, Redactor redactor, Exchange exchange, Diagnosis diagnosis,
                              List<TakenStep> steps, Consumer<String> clipboard) {
        this.drafter = drafter;
        this.redactor = redactor;
        this.exchange = exchange;
        this.diagnosis = diagnosis;
        this.steps = List.copyOf(steps);
        this.clipboard = clipboard;
        topic.addListener((obs, old, now) -> redraft());
        // The user's own words go into the draft as they type them, so Copy Markdown never drops them.
        description.addListener((obs, old, now) -> redraft());
        expected.addListener((obs, old, now) -> redraft());
        redraft();
    }

    /** Drafts again from the exchange and the user's words; edits made in the text are replaced. */
    public void redraft() {
        ForumPostRequest request = new ForumPostRequest(exchange, diagnosis, description.get(), expected.get(), steps, "", "");
        String chosen = topic.get();
        ForumPost post = chosen == null || chosen.equals(ALL_TOPICS) ? drafter.draft(request) : drafter.draftFor(request, chosen);
        topics.setAll(post.topics());
        title.set(post.title());
        topicNote.set(post.coversSeveralTopics() && (chosen == null || chosen.equals(ALL_TOPICS))
                ? "These findings span " + post.topics().size() + " topics; the forum asks for one topic per post. Pick one above to draft it alone."
                : "");
        markdown.set(post.markdown());
        secretWarnings.clear();
        status.set("");
    }

    /**
     * Copies the post unless the final scan finds secret-looking text; then the warnings say where, and
     * {@link #copyAnyway()} copies after the user has looked.
     */
    public boolean copy() {
        List<SecretSpan> found = redactor.scan(markdown.get());
        if (!found.isEmpty()) {
            secretWarnings.setAll(found.stream().map(this::describe).toList());
            status.set("Not copied: the text still looks like it holds " + found.size() + " secret(s).");
            return false;
        }
        copyAnyway();
        return true;
    }

    public void copyAnyway() {
        clipboard.accept(markdown.get());
        secretWarnings.clear();
        status.set("Copied the post as Markdown.");
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, markdown.get(), StandardCharsets.UTF_8);
        status.set("Saved to " + file.getFileName() + ".");
    }

    private String describe(SecretSpan span) {
        String text = markdown.get();
        int line = (int) text.substring(0, span.start()).chars().filter(c -> c == '\n').count() + 1;
        String shown = text.substring(span.start(), Math.min(span.end(), span.start() + 12));
        return "Line " + line + ": looks like a " + span.kind() + " (" + shown + "…)";
    }

    /** The ticked steps this post lists, for tests and the window's summary. */
    public List<TakenStep> steps() {
        return steps;
    }

    public StringProperty markdownProperty() {
        return markdown;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty expectedProperty() {
        return expected;
    }

    public ObjectProperty<String> topicProperty() {
        return topic;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topicNoteProperty() {
        return topicNote.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> topicsProperty() {
        return topics.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> secretWarningsProperty() {
        return secretWarnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
