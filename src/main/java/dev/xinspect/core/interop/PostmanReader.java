package dev.xinspect.core.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.workspace.EnvironmentVariable;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Postman Collection v2.1 (v2.0 has the same shape) into an {@link ImportedCollection}: item groups become
 * folders, requests keep their method, URL, query rows (disabled ones too), headers (with their enabled flag) and
 * body (raw, urlencoded, formdata), collection and folder variables become one environment's variables (a value that
 * looks like a credential is marked secret, so it goes to the credential store), and auth is resolved through
 * Postman's inheritance (request, then folder, then collection) to an {@link AuthMode}. No secret is kept: auth
 * values and Authorization headers are left out and the notes say so. Anything malformed is skipped with a note;
 * only a file that is not a collection at all is refused. Not thread-safe per call, reusable; stateless between calls.
 */
public final class PostmanReader {
    public static final String SCHEMA_V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
    /** Folders deeper than this are left out: Postman's own UI makes nesting this deep impractical. */
    static final int MAX_FOLDER_DEPTH = 32;
    /** Items read at most; a collection past this is cut with a note (X's own has about 100 requests). */
    static final int MAX_ITEMS = 5_000;
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{[^{}]+}}");
    private static final Pattern PATH_VARIABLE = Pattern.compile("(?<=/):([A-Za-z0-9_.\\-]+)");
    private static final Pattern METHOD = Pattern.compile("[A-Z]{1,20}");
    /**
     * Postman auth attributes that hold a credential, per its v2.1 schema's auth types ({@code value} is an API key's;
     * its {@code key} is only the header's name).
     */
    private static final Set<String> SECRET_KEYS = Set.of("consumerKey", "consumerSecret", "token", "tokenSecret",
            "privateKey", "accessToken", "refreshToken", "clientSecret", "password", "value", "secret", "authKey");

    private final ObjectMapper mapper = JsonLimits.mapper();
    private final LiteralSecrets literalSecrets;

    public PostmanReader(LiteralSecrets literalSecrets) {
        this.literalSecrets = literalSecrets;
    }

    /** How a folder or request authenticates once Postman's inheritance is applied. */
    private record Auth(AuthMode mode) {
    }

    /** What one read gathers on its way down. */
    private static final class Reading {
        final List<String> notes = new ArrayList<>();
        final Map<String, EnvironmentVariable> variables = new LinkedHashMap<>();
        final Set<String> authVariables = new LinkedHashSet<>();
        final Set<String> literalAuth = new LinkedHashSet<>();
        final Set<String> droppedAuthHeaders = new LinkedHashSet<>();
        int scripts;
        int items;
        boolean cut;
    }

    public ImportedCollection read(String json) throws UnreadableCollectionException {
        JsonNode root = parse(json);
        JsonNode info = root.path("info");
        if (!info.isObject() || !root.path("item").isArray()) {
            throw new UnreadableCollectionException("This is not a Postman collection: it has no \"info\" object and \"item\" list.");
        }
        Reading reading = new Reading();
        String schema = text(info.path("schema"));
        if (schema.contains("/v1.")) {
            throw new UnreadableCollectionException("This is a Postman Collection v1 file; export it again from Postman as v2.1.");
        }
        if (!schema.contains("/v2.1.") && !schema.contains("/v2.0.")) {
            reading.notes.add("The file names no Postman v2 schema" + (schema.isEmpty() ? "" : " (" + schema + ")") + "; it was read as v2.1.");
        }
        String name = nameOr(info.path("name"), "Imported collection");
        Auth auth = auth(root.path("auth"), new Auth(AuthMode.NONE), "the collection", reading);
        variables(root.path("variable"), "the collection", reading);
        scripts(root, reading);
        ImportedFolder folder = folder(name, root.path("item"), auth, 0, reading);
        List<String> notes = new ArrayList<>(reading.notes);
        if (reading.cut) {
            notes.add("Only the first " + MAX_ITEMS + " items were read; the rest of the file was left out.");
        }
        if (reading.scripts > 0) {
            notes.add(reading.scripts + (reading.scripts == 1 ? " pre-request or test script was" : " pre-request and test scripts were")
                    + " not imported: xinspect runs no scripts (it signs and resolves {{variables}} itself).");
        }
        if (!reading.authVariables.isEmpty()) {
            notes.add("The Postman auth used " + String.join(", ", reading.authVariables) + ": xinspect signs with a credential"
                    + " profile's secrets instead, so put those values into a profile (Auth tab); they are not in the collection.");
        }
        if (!reading.literalAuth.isEmpty()) {
            notes.add("Credentials typed into the auth of " + String.join(", ", reading.literalAuth) + " were not imported:"
                    + " secrets are never written into a collection. Put them into a credential profile.");
        }
        if (!reading.droppedAuthHeaders.isEmpty()) {
            notes.add("The Authorization header of " + String.join(", ", reading.droppedAuthHeaders) + " was left out:"
                    + " the request's credential profile signs it.");
        }
        return new ImportedCollection(folder, List.copyOf(reading.variables.values()), notes);
    }

    private JsonNode parse(String json) throws UnreadableCollectionException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new UnreadableCollectionException("The file is empty.");
        }
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || !root.isObject()) {
                throw new UnreadableCollectionException("This is not a Postman collection: the file is not a JSON object.");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new UnreadableCollectionException("The file is not valid JSON (" + JsonLimits.problem(e) + ").");
        }
    }

    private ImportedFolder folder(String name, JsonNode items, Auth auth, int depth, Reading reading) {
        List<ImportedFolder> folders = new ArrayList<>();
        List<CollectionItem> requests = new ArrayList<>();
        for (JsonNode item : items) {
            if (reading.items++ >= MAX_ITEMS) {
                reading.cut = true;
                break;
            }
            if (!item.isObject()) {
                reading.notes.add("An entry of " + shortText(name) + " is not an item object; it was left out.");
                continue;
            }
            scripts(item, reading);
            if (item.has("item")) {
                String folderName = nameOr(item.path("name"), "Untitled folder");
                String folderWhere = "the folder " + shortText(folderName);
                if (depth + 1 > MAX_FOLDER_DEPTH || !item.path("item").isArray()) {
                    reading.notes.add(capital(folderWhere) + (depth + 1 > MAX_FOLDER_DEPTH
                            ? " is nested deeper than " + MAX_FOLDER_DEPTH + " levels" : " has an \"item\" that is not a list")
                            + "; it was left out.");
                    continue;
                }
                variables(item.path("variable"), folderWhere, reading);
                Auth folderAuth = auth(item.path("auth"), auth, folderWhere, reading);
                folders.add(folder(folderName, item.path("item"), folderAuth, depth + 1, reading));
            } else if (item.has("request")) {
                requests.add(request(nameOr(item.path("name"), "Untitled request"), item.path("request"), auth, reading));
            } else {
                reading.notes.add("The item " + shortText(nameOr(item.path("name"), "without a name")) + " has neither a request nor items; it was left out.");
            }
        }
        return new ImportedFolder(name, folders, requests);
    }

    private CollectionItem request(String name, JsonNode node, Auth inherited, Reading reading) {
        String where = "the request " + shortText(name);
        if (node.isTextual()) { // v2.1 allows a request to be just its URL
            return new CollectionItem(new SavedRequest(name, "GET", node.asText(), List.of(), "", "", ""), inherited.mode());
        }
        String method = text(node.path("method")).strip().toUpperCase(Locale.ROOT);
        if (method.isEmpty()) {
            method = "GET";
        } else if (!METHOD.matcher(method).matches()) {
            reading.notes.add(capital(where) + " has the method \"" + shortText(method) + "\", which is not an HTTP method; it was read as GET.");
            method = "GET";
        }
        List<QueryParam> disabledQuery = new ArrayList<>();
        String url = url(node.path("url"), disabledQuery);
        List<SavedHeader> headers = headers(node.path("header"), where, reading);
        BodyRead body = body(node.path("body"), where, headers, reading);
        Auth auth = auth(node.path("auth"), inherited, where, reading);
        return new CollectionItem(new SavedRequest(name, method, url, headers, body.text(), "", description(node.path("description")),
                disabledQuery, body.parts()), auth.mode());
    }

    /** The URL with its enabled query rows; disabled rows go to {@code disabledQuery}; {@code :name} path slots are filled. */
    private static String url(JsonNode node, List<QueryParam> disabledQuery) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (!node.isObject()) {
            return "";
        }
        String raw = text(node.path("raw"));
        String base = raw.isEmpty() ? assembled(node) : QueryString.base(raw);
        List<QueryParam> enabled = new ArrayList<>();
        if (node.path("query").isArray()) {
            for (JsonNode row : node.path("query")) {
                String key = text(row.path("key"));
                String value = text(row.path("value"));
                if (key.isEmpty() && value.isEmpty()) {
                    continue;
                }
                (row.path("disabled").asBoolean(false) ? disabledQuery : enabled).add(new QueryParam(key, value));
            }
        } else {
            enabled.addAll(QueryString.parse(raw));
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode variable : node.path("variable")) {
            pathValues.put(text(variable.path("key")), text(variable.path("value")));
        }
        Matcher slot = PATH_VARIABLE.matcher(base);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            String value = pathValues.getOrDefault(slot.group(1), "");
            slot.appendReplacement(filled, Matcher.quoteReplacement(value.isEmpty() ? "{{" + slot.group(1) + "}}" : value));
        }
        slot.appendTail(filled);
        return enabled.isEmpty() ? filled.toString() : QueryString.join(filled.toString(), enabled);
    }

    /** A URL object without {@code raw}: protocol, host, port and path put together. */
    private static String assembled(JsonNode node) {
        String protocol = text(node.path("protocol"));
        String host = node.path("host").isArray() ? joined(node.path("host"), ".") : text(node.path("host"));
        String port = text(node.path("port"));
        String path = node.path("path").isArray() ? joined(node.path("path"), "/") : text(node.path("path"));
        return (protocol.isEmpty() ? "" : protocol + "://") + host + (port.isEmpty() ? "" : ":" + port)
                + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
    }

    private static String joined(JsonNode parts, String separator) {
        List<String> texts = new ArrayList<>();
        parts.forEach(part -> texts.add(part.isObject() ? text(part.path("value")) : text(part)));
        return String.join(separator, texts);
    }

    private static List<SavedHeader> headers(JsonNode node, String where, Reading reading) {
        List<SavedHeader> headers = new ArrayList<>();
        if (node.isTextual()) { // v2.1 allows the headers as one "Name: value" text
            for (String line : node.asText().split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    add(headers, new SavedHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), true), where, reading);
                }
            }
            return headers;
        }
        for (JsonNode row : node) {
            String key = text(row.path("key"));
            if (!key.isBlank()) {
                add(headers, new SavedHeader(key, text(row.path("value")), !row.path("disabled").asBoolean(false)), where, reading);
            }
        }
        return headers;
    }

    private static void add(List<SavedHeader> headers, SavedHeader header, String where, Reading reading) {
        if (header.name().equalsIgnoreCase("Authorization")) {
            reading.droppedAuthHeaders.add(where);
        } else {
            headers.add(header);
        }
    }

    private record BodyRead(String text, List<FormPart> parts) {
    }

    private static BodyRead body(JsonNode node, String where, List<SavedHeader> headers, Reading reading) {
        String mode = text(node.path("mode"));
        switch (mode) {
            case "", "none" -> {
                return new BodyRead("", List.of());
            }
            case "raw" -> {
                String raw = text(node.path("raw"));
                String type = switch (text(node.path("options").path("raw").path("language"))) {
                    case "json" -> "application/json";
                    case "xml" -> "application/xml";
                    case "html" -> "text/html";
                    case "javascript" -> "application/javascript";
                    default -> "";
                };
                if (!raw.isEmpty() && !type.isEmpty()) {
                    contentType(headers, type);
                }
                return new BodyRead(raw, List.of());
            }
            case "urlencoded" -> {
                List<QueryParam> fields = new ArrayList<>();
                int off = 0;
                for (JsonNode row : node.path("urlencoded")) {
                    if (row.path("disabled").asBoolean(false)) {
                        off++;
                    } else if (!text(row.path("key")).isEmpty()) {
                        fields.add(new QueryParam(text(row.path("key")), text(row.path("value"))));
                    }
                }
                if (off > 0) {
                    reading.notes.add(capital(where) + ": " + off + " switched-off form field" + (off == 1 ? " was" : "s were") + " left out.");
                }
                contentType(headers, "application/x-www-form-urlencoded");
                String joined = QueryString.join("", fields);
                return new BodyRead(joined.startsWith("?") ? joined.substring(1) : joined, List.of());
            }
            case "formdata" -> {
                List<FormPart> parts = new ArrayList<>();
                for (JsonNode row : node.path("formdata")) {
                    String key = text(row.path("key"));
                    if (key.isEmpty() || row.path("disabled").asBoolean(false)) {
                        continue;
                    }
                    String contentType = text(row.path("contentType"));
                    if (text(row.path("type")).equals("file")) {
                        JsonNode src = row.path("src");
                        String file = src.isArray() ? text(src.path(0)) : text(src);
                        if (src.isArray() && src.size() > 1) {
                            reading.notes.add(capital(where) + ": the form field " + key + " sends several files; only the first was kept.");
                        }
                        parts.add(new FormPart(key, "", file, contentType, ""));
                    } else {
                        parts.add(new FormPart(key, text(row.path("value")), "", contentType, ""));
                    }
                }
                return new BodyRead("", parts);
            }
            default -> {
                reading.notes.add(capital(where) + " has a body of mode \"" + shortText(mode) + "\", which xinspect does not import; the body was left out.");
                return new BodyRead("", List.of());
            }
        }
    }

    private static void contentType(List<SavedHeader> headers, String type) {
        if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type"))) {
            headers.add(new SavedHeader("Content-Type", type, true));
        }
    }

    private Auth auth(JsonNode node, Auth inherited, String where, Reading reading) {
        if (!node.isObject()) {
            return inherited; // absent or null: Postman inherits from the parent
        }
        String type = text(node.path("type"));
        AuthMode mode = switch (type) {
            case "inherit", "" -> null;
            case "noauth" -> AuthMode.NONE;
            case "oauth1" -> AuthMode.OAUTH1_USER;
            case "bearer" -> AuthMode.OAUTH2_APP_ONLY;
            case "oauth2" -> AuthMode.OAUTH2_USER;
            case "basic" -> AuthMode.BASIC;
            default -> {
                reading.notes.add(capital(where) + " uses Postman's \"" + shortText(type) + "\" auth, which xinspect does not sign; it was imported without auth.");
                yield AuthMode.NONE;
            }
        };
        if (mode == null) {
            return inherited;
        }
        JsonNode attributes = node.path(type);
        if (attributes.isArray()) {
            attributes.forEach(a -> secretAttribute(text(a.path("key")), a.path("value"), where, reading));
        } else if (attributes.isObject()) { // v2.0 wrote auth attributes as an object
            attributes.properties().forEach(e -> secretAttribute(e.getKey(), e.getValue(), where, reading));
        }
        return new Auth(mode);
    }

    private static void secretAttribute(String key, JsonNode value, String where, Reading reading) {
        String text = text(value);
        if (!SECRET_KEYS.contains(key) || text.isBlank()) {
            return;
        }
        if (VARIABLE.matcher(text.strip()).matches()) {
            reading.authVariables.add(text.strip());
        } else {
            reading.literalAuth.add(where);
        }
    }

    private void variables(JsonNode list, String where, Reading reading) {
        for (JsonNode variable : list) {
            String name = text(variable.path("key")).strip();
            if (name.isEmpty() || variable.path("disabled").asBoolean(false)) {
                continue;
            }
            JsonNode valueNode = variable.path("value");
            if (valueNode.isContainerNode()) {
                reading.notes.add(capital(where) + " sets {{" + shortText(name) + "}} to a list or an object; it was imported empty.");
            }
            String value = text(valueNode);
            boolean secret = text(variable.path("type")).equals("secret") || literalSecrets.inValue(name, value);
            EnvironmentVariable read = new EnvironmentVariable(name, value, secret);
            EnvironmentVariable earlier = reading.variables.putIfAbsent(name, read);
            if (earlier != null && !earlier.value().equals(value)) {
                reading.notes.add(capital(where) + " sets {{" + shortText(name) + "}} again; the first value read was kept.");
            }
        }
    }

    private static void scripts(JsonNode item, Reading reading) {
        for (JsonNode event : item.path("event")) {
            JsonNode exec = event.path("script").path("exec");
            boolean hasCode = exec.isTextual() ? !exec.asText().isBlank()
                    : exec.isArray() && java.util.stream.StreamSupport.stream(exec.spliterator(), false).anyMatch(l -> !text(l).isBlank());
            if (hasCode) {
                reading.scripts++;
            }
        }
    }

    private static String description(JsonNode node) {
        return node.isObject() ? text(node.path("content")) : text(node);
    }

    private static String nameOr(JsonNode node, String fallback) {
        String name = text(node).strip();
        return name.isEmpty() ? fallback : name;
    }

    /** A scalar as text ({@code true}, {@code 12}); null, missing, lists and objects as empty. */
    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : "";
    }

    private static String capital(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    private static String shortText(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
