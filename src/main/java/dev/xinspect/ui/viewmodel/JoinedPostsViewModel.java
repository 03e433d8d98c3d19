package dev.xinspect.ui.viewmodel;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.expansion.JoinedPost;
import dev.xinspect.core.expansion.PostJoiner;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.json.JsonLimits;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The response's Posts joined with their {@code includes} (the Joined tab): each Post with its author, mentions,
 * referenced Posts, media, place and poll, and a line counting what did not resolve. Parsing runs on the worker; an
 * answer shown meanwhile replaces a late result.
 */
public final class JoinedPostsViewModel {
    /** Larger bodies are not parsed for this view: the Pretty tab shows them, behind its gate. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final ObjectMapper MAPPER = JsonLimits.mapper();

    private final PostJoiner joiner;
    private final Executor worker;
    private final Executor fxThread;
    private final ObservableList<JoinedPost> posts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private long generation;

    public JoinedPostsViewModel(PostJoiner joiner, Executor worker, Executor fxThread) {
        this.joiner = joiner;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Joins the Posts of this exchange's answer. */
    public void show(Exchange exchange) {
        long current = ++generation;
        posts.clear();
        summary.set("");
        if (exchange == null || exchange.response() == null || exchange.response().body().size() > MAX_BYTES) {
            return;
        }
        Body body = exchange.response().body(); // decoded on the worker: 10 MB took the FX thread 100 ms and more
        CompletableFuture.supplyAsync(() -> join(body.text()), worker).thenAcceptAsync(joined -> {
            if (current == generation) {
                posts.setAll(joined);
                summary.set(summarize(joined));
            }
        }, fxThread);
    }

    private List<JoinedPost> join(String body) {
        try {
            return joiner.join(MAPPER.readTree(body));
        } catch (JacksonException e) {
            return List.of(); // not JSON: nothing to join, and the Pretty tab says why
        }
    }

    private static String summarize(List<JoinedPost> joined) {
        if (joined.isEmpty()) {
            return "";
        }
        long missing = joined.stream().mapToLong(p -> p.unresolved().size()).sum();
        return count(joined.size(), "Post") + (missing == 0 ? ", every reference resolved"
                : ", " + count(missing, "reference") + " did not resolve");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public ObservableList<JoinedPost> posts() {
        return posts;
    }

    /** "2 Posts, 1 reference did not resolve"; empty when the answer holds no Posts. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
