package dev.xinspect.core.diagnosis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What xinspect knows about X API errors: status codes, problem types, v1.1 codes, stream disconnect reasons and
 * the troubleshooting checklists, read once from the JSON resources in {@code dev/xinspect/knowledge/}.
 * Immutable and thread-safe after loading.
 */
public final class KnowledgeBase {
    private static final String FOLDER = "/dev/xinspect/knowledge/";

    private final Map<Integer, StatusInfo> statuses;
    private final Map<Integer, StatusInfo> statusClasses;
    private final Map<String, ProblemType> problems;
    private final Map<Integer, V1ErrorCode> v1Errors;
    private final Map<String, Checklist> checklists;
    private final Map<String, String> connectionIssues;
    private final Map<String, String> disconnectTypes;

    private KnowledgeBase(StatusFile statusFile, ProblemFile problemFile, V1File v1File, ChecklistFile checklistFile) {
        this.statuses = byKey(statusFile.statuses(), StatusInfo::code);
        this.statusClasses = byKey(statusFile.classes(), StatusInfo::code);
        this.problems = byKey(problemFile.problems(), ProblemType::slug);
        this.v1Errors = byKey(v1File.v1Errors(), V1ErrorCode::code);
        this.checklists = byKey(checklistFile.checklists(), Checklist::id);
        this.connectionIssues = Map.copyOf(problemFile.streamConnectionIssues());
        this.disconnectTypes = Map.copyOf(problemFile.disconnectTypes());
    }

    /** Loads the knowledge bundled with the application. */
    public static KnowledgeBase loadBundled() {
        ObjectMapper mapper = JsonLimits.mapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return new KnowledgeBase(
                read(mapper, "statuses.json", StatusFile.class),
                read(mapper, "problems.json", ProblemFile.class),
                read(mapper, "v1-errors.json", V1File.class),
                read(mapper, "checklists.json", ChecklistFile.class));
    }

    /** What a status means; a code the reference does not list falls back to its class (4xx → Client Error). */
    public StatusInfo status(int code) {
        StatusInfo known = statuses.get(code);
        if (known != null) {
            return known;
        }
        StatusInfo statusClass = statusClasses.getOrDefault((code / 100) * 100, statusClasses.get(400));
        return new StatusInfo(code, statusClass.text(), statusClass.meaning(), statusClass.tips(), statusClass.checklists());
    }

    public boolean isListedStatus(int code) {
        return statuses.containsKey(code);
    }

    public Optional<ProblemType> problemType(String slug) {
        return Optional.ofNullable(problems.get(slug));
    }

    public List<ProblemType> problemTypes() {
        return List.copyOf(problems.values());
    }

    public Optional<V1ErrorCode> v1Error(int code) {
        return Optional.ofNullable(v1Errors.get(code));
    }

    public List<V1ErrorCode> v1Errors() {
        return List.copyOf(v1Errors.values());
    }

    public Optional<Checklist> checklist(String id) {
        return Optional.ofNullable(checklists.get(id));
    }

    public List<Checklist> checklists() {
        return List.copyOf(checklists.values());
    }

    /** Our explanation of a stream {@code connection_issue} such as {@code TooManyConnections}. */
    public Optional<String> connectionIssue(String issue) {
        return Optional.ofNullable(connectionIssues.get(issue));
    }

    /** Our explanation of an operational disconnect's {@code disconnect_type}. */
    public Optional<String> disconnectType(String type) {
        return Optional.ofNullable(disconnectTypes.get(type));
    }

    private static <T> T read(ObjectMapper mapper, String name, Class<T> type) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("knowledge resource missing: " + name);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge resource unreadable: " + name, e);
        }
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> {
            throw new IllegalStateException("duplicate knowledge entry: " + key.apply(a));
        }, LinkedHashMap::new));
    }

    private record StatusFile(List<StatusInfo> statuses, List<StatusInfo> classes) {
    }

    private record ProblemFile(List<ProblemType> problems, Map<String, String> streamConnectionIssues,
                               Map<String, String> disconnectTypes) {
    }

    private record V1File(List<V1ErrorCode> v1Errors) {
    }

    private record ChecklistFile(List<Checklist> checklists) {
    }
}
