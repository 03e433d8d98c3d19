package dev.xinspect.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.storage.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The request tabs left open, in one file written atomically, so the next start reopens them. Only what the user
 * typed is kept (responses are in the history); a missing or unreadable file means one fresh tab.
 */
public final class OpenTabs {
    /** The drafts in tab order and the tab that was shown. */
    public record State(List<SavedRequest> drafts, int selected) {
        public State {
            drafts = List.copyOf(drafts);
        }
    }

    private static final ObjectMapper JSON = JsonLimits.mapper();
    private final Path file;
    private final WorkspaceJson requests = new WorkspaceJson();
    private final Redactor redactor;

    /** @param redactor takes secrets out of what is written: a token typed into a header is not kept in this file */
    public OpenTabs(Path file, Redactor redactor) {
        this.file = file;
        this.redactor = redactor;
    }

    public State load() {
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<SavedRequest> drafts = new ArrayList<>();
            for (JsonNode tab : root.path("tabs")) {
                drafts.add(requests.request(JSON.writeValueAsBytes(tab), ""));
            }
            return new State(drafts, Math.max(0, Math.min(root.path("selected").asInt(0), drafts.size() - 1)));
        } catch (IOException | WorkspaceJson.Unreadable | RuntimeException e) {
            return new State(List.of(), 0); // one fresh tab is better than a start that fails
        }
    }

    private SavedRequest scrubbed(SavedRequest draft) {
        return new SavedRequest(draft.name(), draft.method(), redactor.redactUrl(draft.url()), draft.headers().stream()
                .map(h -> new SavedHeader(h.name(), redactor.redactText(h.value()), h.enabled())).toList(),
                redactor.redactText(draft.body()), draft.authProfile(), draft.description(), draft.disabledQuery());
    }

    public void save(State state) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("selected", state.selected());
        ArrayNode tabs = root.putArray("tabs");
        for (SavedRequest draft : state.drafts()) {
            tabs.add(JSON.readTree(requests.request(scrubbed(draft))));
        }
        AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
}
