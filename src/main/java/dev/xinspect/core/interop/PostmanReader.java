package dev.xinspect.core.interop;

import static dev.xinspect.core.interop.PostmanText.capital;
import static dev.xinspect.core.interop.PostmanText.description;
import static dev.xinspect.core.interop.PostmanText.nameOr;
import static dev.xinspect.core.interop.PostmanText.shortText;
import static dev.xinspect.core.interop.PostmanText.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.workspace.EnvironmentVariable;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    static final int MAX_ITEMS = PostmanReading.MAX_ITEMS;
    private static final Pattern METHOD = Pattern.compile("[A-Z]{1,20}");

    private final ObjectMapper mapper = JsonLimits.mapper();
    private final LiteralSecrets literalSecrets;

    public PostmanReader(LiteralSecrets literalSecrets) {
        this.literalSecrets = literalSecrets;
    }

    public ImportedCollection read(String json) throws UnreadableCollectionException {
        JsonNode root = parse(json);
        JsonNode info = root.path("info");
        if (!info.isObject() || !root.path("item").isArray()) {
            throw new UnreadableCollectionException("This is not a Postman collection: it has no \"info\" object and \"item\" list.");
        }
        PostmanReading reading = new PostmanReading();
        String schema = text(info.path("schema"));
        if (schema.contains("/v1.")) {
            throw new UnreadableCollectionException("This is a Postman Collection v1 file; export it again from Postman as v2.1.");
        }
        if (!schema.contains("/v2.1.") && !schema.contains("/v2.0.")) {
            reading.notes.add("The file names no Postman v2 schema" + (schema.isEmpty() ? "" : " (" + schema + ")") + "; it was read as v2.1.");
        }
        String name = nameOr(info.path("name"), "Imported collection");
        AuthMode auth = PostmanAuth.read(root.path("auth"), AuthMode.NONE, "the collection", reading);
        variables(root.path("variable"), "the collection", reading);
        scripts(root, reading);
        ImportedFolder folder = folder(name, root.path("item"), auth, 0, reading);
        return new ImportedCollection(folder, List.copyOf(reading.variables.values()), reading.allNotes());
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

    private ImportedFolder folder(String name, JsonNode items, AuthMode auth, int depth, PostmanReading reading) {
        List<ImportedFolder> folders = new ArrayList<>();
        List<CollectionItem> requests = new ArrayList<>();
        for (JsonNode item : items) {
            if (!reading.anotherItem()) {
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
                AuthMode folderAuth = PostmanAuth.read(item.path("auth"), auth, folderWhere, reading);
                folders.add(folder(folderName, item.path("item"), folderAuth, depth + 1, reading));
            } else if (item.has("request")) {
                requests.add(request(nameOr(item.path("name"), "Untitled request"), item.path("request"), auth, reading));
            } else {
                reading.notes.add("The item " + shortText(nameOr(item.path("name"), "without a name")) + " has neither a request nor items; it was left out.");
            }
        }
        return new ImportedFolder(name, folders, requests);
    }

    private CollectionItem request(String name, JsonNode node, AuthMode inherited, PostmanReading reading) {
        String where = "the request " + shortText(name);
        if (node.isTextual()) { // v2.1 allows a request to be just its URL
            return new CollectionItem(new SavedRequest(name, "GET", node.asText(), List.of(), "", "", ""), inherited);
        }
        String method = text(node.path("method")).strip().toUpperCase(Locale.ROOT);
        if (method.isEmpty()) {
            method = "GET";
        } else if (!METHOD.matcher(method).matches()) {
            reading.notes.add(capital(where) + " has the method \"" + shortText(method) + "\", which is not an HTTP method; it was read as GET.");
            method = "GET";
        }
        List<QueryParam> disabledQuery = new ArrayList<>();
        String url = PostmanUrl.read(node.path("url"), disabledQuery);
        List<SavedHeader> headers = PostmanBody.headers(node.path("header"), where, reading);
        PostmanBody.Read body = PostmanBody.read(node.path("body"), where, headers, reading);
        AuthMode auth = PostmanAuth.read(node.path("auth"), inherited, where, reading);
        return new CollectionItem(new SavedRequest(name, method, url, headers, body.text(), "", description(node.path("description")),
                disabledQuery, body.parts()), auth);
    }

    private void variables(JsonNode list, String where, PostmanReading reading) {
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

    private static void scripts(JsonNode item, PostmanReading reading) {
        for (JsonNode event : item.path("event")) {
            JsonNode exec = event.path("script").path("exec");
            boolean hasCode = exec.isTextual() ? !exec.asText().isBlank()
                    : exec.isArray() && java.util.stream.StreamSupport.stream(exec.spliterator(), false).anyMatch(l -> !text(l).isBlank());
            if (hasCode) {
                reading.scriptFound();
            }
        }
    }
}
