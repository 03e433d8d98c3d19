package dev.xinspect.core.report;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a pasted curl command into the request curl would send (curl 7.88 as the reference: what it sends was
 * captured for every fixture of the corpus). The shell part is {@link ShellReader}'s; this class reads curl's
 * options: {@code -X -H -d --data-raw --data-binary --data-urlencode --json -F --form-string --url-query -G -I -u
 * --oauth2-bearer -b -e -A --url}. Options that do not change the request are listed in a note; a command curl
 * itself would refuse is refused with one sentence.
 */
public final class CurlCommandParser {

    /** The input is not a curl command a shell and curl would run as it looks; the message says why in one sentence. */
    public static final class NotCurlException extends Exception {
        public NotCurlException(String message) {
            super(message);
        }
    }

    public ImportedRequest parse(String command) throws NotCurlException {
        ShellReader.Reading reading = ShellReader.read(command);
        return new Reading(reading).request();
    }

    /** The options of one command, read in order. */
    private static final class Reading {
        private final List<ShellWord> words;
        private final List<String> variables;
        private final List<String> notes = new ArrayList<>();
        private final Set<String> ignored = new LinkedHashSet<>();
        private final List<ShellWord> urls = new ArrayList<>();
        private final List<Header> explicit = new ArrayList<>();
        private final List<Header> derived = new ArrayList<>();
        private final Set<String> removed = new LinkedHashSet<>();
        private final List<FormPart> parts = new ArrayList<>();
        private final List<String> queries = new ArrayList<>();
        private final StringBuilder data = new StringBuilder();
        private boolean hasData;
        private boolean json;
        private String method;
        private boolean get;
        private boolean head;
        private ShellWord firstData;
        private ShellWord firstForm;

        Reading(ShellReader.Reading reading) {
            this.words = reading.words();
            this.variables = reading.variables();
            notes.addAll(reading.notes());
        }

        ImportedRequest request() throws NotCurlException {
            readOptions();
            if (firstData != null && firstForm != null) {
                throw new NotCurlException("The " + flagOf(firstData) + " at " + firstData.at() + " and the " + flagOf(firstForm) + " at "
                        + firstForm.at() + " cannot go together: curl refuses to send a form body and a multipart form at once.");
            }
            if (head && (hasData || !parts.isEmpty())) {
                throw new NotCurlException("-I asks for HEAD, which sends no body: curl refuses it with the body of the "
                        + flagOf(firstData != null ? firstData : firstForm) + " at " + (firstData != null ? firstData : firstForm).at() + ".");
            }
            String url = url();
            String body = hasData ? data.toString() : null;
            if (get && body != null) {
                url = url + (url.contains("?") ? "&" : "?") + CurlEscape.lowerEscapes(body);
                body = null;
            }
            url = withoutSpaces(url);
            String sentMethod = method != null ? method : head ? "HEAD" : get ? "GET" : hasData || !parts.isEmpty() ? "POST" : "GET";
            if (!ignored.isEmpty()) {
                notes.add("Ignored, as they do not change the request: " + String.join(", ", ignored) + ".");
            }
            return new ImportedRequest(sentMethod, url, headers(body != null), body, parts, variables, notes);
        }

        private void readOptions() throws NotCurlException {
            boolean optionsEnded = false;
            for (int i = 1; i < words.size(); i++) {
                ShellWord word = words.get(i);
                String text = word.text();
                if (optionsEnded || !text.startsWith("-") || text.equals("-")) {
                    urls.add(word);
                } else if (text.equals("--")) {
                    optionsEnded = true;
                } else if (text.startsWith("--")) {
                    i = longOption(i, word);
                } else {
                    i = shortOptions(i, word);
                }
            }
        }

        private int longOption(int i, ShellWord word) throws NotCurlException {
            String name = word.text();
            String inline = null;
            int equals = name.indexOf('=');
            if (equals > 0 && !known(name) && known(name.substring(0, equals))) {
                notes.add("Repaired: curl has no `" + name.substring(0, equals) + "=…` form (it refuses `" + name + "`); read as `"
                        + name.substring(0, equals) + " " + name.substring(equals + 1) + "`.");
                inline = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (CurlOptions.WITH_VALUE.contains(name)) {
                if (inline == null) {
                    i++;
                }
                apply(name, inline != null ? inline : valueAt(i, word), word);
            } else if (CurlOptions.READ.contains(name) || CurlOptions.QUIET_FLAGS.contains(name) || name.startsWith("--no-")) {
                apply(name, null, word);
            } else {
                notes.add("Not understood, and left out: " + word.text() + " at " + word.at() + ".");
            }
            return i;
        }

        private int shortOptions(int i, ShellWord word) throws NotCurlException {
            String text = word.text();
            for (int k = 1; k < text.length(); k++) {
                String name = CurlOptions.SHORT.get(text.charAt(k));
                if (name == null) {
                    notes.add("Not understood, and left out: -" + text.charAt(k) + " in " + text + " at " + word.at() + ".");
                    return i;
                }
                if (CurlOptions.WITH_VALUE.contains(name)) {
                    String rest = text.substring(k + 1);
                    if (rest.isEmpty()) {
                        i++;
                    }
                    apply(name, rest.isEmpty() ? valueAt(i, word) : rest, word);
                    return i;
                }
                apply(name, null, word);
            }
            return i;
        }

        private String valueAt(int i, ShellWord option) throws NotCurlException {
            if (i >= words.size()) {
                throw new NotCurlException("The " + flagOf(option) + " at " + option.at() + " needs a value, and nothing follows it.");
            }
            return words.get(i).text();
        }

        private void apply(String name, String value, ShellWord word) throws NotCurlException {
            switch (name) {
                case "--request" -> method = value;
                case "--header" -> header(value, word);
                case "--data", "--data-ascii", "--data-binary" -> {
                    if (value.startsWith("@")) {
                        notes.add("Not imported: `" + flagOf(word) + " " + value + "` makes curl read the body from the file "
                                + value.substring(1) + "; paste its content into the body.");
                        data(null, false, word);
                    } else {
                        data(value, false, word);
                    }
                }
                case "--data-raw" -> data(value, false, word);
                case "--data-urlencode" -> data(urlencoded(value, word), false, word);
                case "--json" -> data(value.startsWith("@") ? null : value, true, word);
                case "--form" -> formPart(value, word);
                case "--form-string" -> {
                    firstForm = firstForm == null ? word : firstForm;
                    int equals = value.indexOf('=');
                    parts.add(FormPart.text(equals < 0 ? value : value.substring(0, equals), equals < 0 ? "" : value.substring(equals + 1)));
                }
                case "--url-query" -> {
                    String query = value.startsWith("+") ? value.substring(1) : urlencoded(value, word);
                    if (query != null) {
                        queries.add(query);
                    }
                }
                case "--user" -> user(value);
                case "--oauth2-bearer" -> derived.add(new Header("Authorization", "Bearer " + value));
                case "--cookie" -> {
                    if (value.contains("=")) {
                        derived.add(new Header("Cookie", value));
                    } else {
                        notes.add("Not imported: `-b " + value + "` reads cookies from a file.");
                    }
                }
                case "--referer" -> derived.add(new Header("Referer", value.replaceFirst(";auto$", "")));
                case "--user-agent" -> {
                    if (value.isEmpty()) {
                        removed.add("user-agent");
                    } else {
                        derived.add(new Header("User-Agent", value));
                    }
                }
                case "--url" -> urls.add(new ShellWord(value, word.line(), word.column()));
                case "--get" -> get = true;
                case "--head" -> head = true;
                default -> ignored.add(word.text().startsWith("--") ? name : "-" + shortOf(name)
                        + (value == null ? "" : " " + value));
            }
        }

        private void header(String line, ShellWord word) {
            if (line.startsWith("@")) {
                notes.add("Not imported: `-H " + line + "` reads headers from a file.");
                return;
            }
            int colon = line.indexOf(':');
            int semicolon = line.indexOf(';');
            if (colon > 0) {
                String name = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (value.isEmpty()) {
                    removed.add(name.toLowerCase(Locale.ROOT));
                    notes.add("`-H '" + line + "'` at " + word.at() + " removes the " + name + " header curl would add itself.");
                } else {
                    explicit.add(new Header(name, value));
                }
            } else if (semicolon > 0 && line.substring(semicolon + 1).isBlank()) {
                explicit.add(new Header(line.substring(0, semicolon).strip(), ""));
            } else {
                notes.add("Not imported: `" + line + "` at " + word.at() + " is not a header (Name: value).");
            }
        }

        /** curl joins -d pieces with {@code &}; a --json piece is appended as it is. */
        private void data(String piece, boolean isJson, ShellWord word) {
            firstData = firstData == null ? word : firstData;
            hasData = true;
            json |= isJson;
            if (piece != null) {
                if (!data.isEmpty() && !isJson) {
                    data.append('&');
                }
                data.append(piece);
            }
        }

        /** {@code --data-urlencode} and {@code --url-query}: {@code content}, {@code =content}, {@code name=content}. */
        private String urlencoded(String value, ShellWord word) {
            int equals = value.indexOf('=');
            if (equals < 0 && value.contains("@")) {
                notes.add("Not imported: `" + flagOf(word) + " " + value + "` reads its value from a file.");
                return null;
            }
            if (equals < 0) {
                return CurlEscape.escape(value);
            }
            String name = value.substring(0, equals);
            return (name.isEmpty() ? "" : name + "=") + CurlEscape.escape(value.substring(equals + 1));
        }

        private void formPart(String value, ShellWord word) throws NotCurlException {
            firstForm = firstForm == null ? word : firstForm;
            FormPart part = CurlFormField.parse(value, word, notes);
            if (part != null) {
                parts.add(part);
            }
        }

        private void user(String value) {
            int colon = value.indexOf(':');
            if (colon < 0) {
                notes.add("Not imported: `-u " + value + "` has no password, so curl would ask for one.");
                return;
            }
            String basic = value.contains("{{") ? "{{base64(" + value + ")}}"
                    : Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
            derived.add(new Header("Authorization", "Basic " + basic));
        }

        private String url() throws NotCurlException {
            if (urls.isEmpty()) {
                throw new NotCurlException("The curl command has no URL.");
            }
            for (ShellWord extra : urls.subList(1, urls.size())) {
                notes.add("Only the first URL is imported; `" + extra.text() + "` at " + extra.at() + " is another request.");
            }
            ShellWord first = urls.get(0);
            String url = first.text();
            if (url.contains("\n")) {
                throw new NotCurlException("The URL at " + first.at() + " goes over more than one line, and curl refuses a URL"
                        + " with a line break: put it on one line.");
            }
            if (!url.contains("://") && !url.startsWith("{{")) {
                notes.add("curl reads a URL without a scheme as http://; `" + url + "` became http://" + url + ".");
                url = "http://" + url;
            }
            for (String query : queries) {
                url = url + (url.contains("?") ? "&" : "?") + CurlEscape.lowerEscapes(query);
            }
            return url;
        }

        private String withoutSpaces(String url) {
            if (url.contains(" ") || url.contains("\t")) {
                notes.add("Repaired: the URL holds spaces, which curl refuses (\"URL using bad/illegal format\"); they are sent as %20.");
                return url.replace(" ", "%20").replace("\t", "%09");
            }
            return url;
        }

        /** The headers given with -H, then those curl makes from other options unless -H gave or removed them. */
        private List<Header> headers(boolean hasBody) {
            List<Header> all = new ArrayList<>();
            for (Header header : explicit) {
                if (!parts.isEmpty() && header.hasName("content-type") && header.value().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                    notes.add("The Content-Type header is left to the sender, which adds the boundary of the parts.");
                } else {
                    all.add(header);
                }
            }
            List<Header> made = new ArrayList<>(derived);
            if (json) {
                made.add(new Header("Content-Type", "application/json"));
                made.add(new Header("Accept", "application/json"));
            } else if (hasBody) {
                made.add(new Header("Content-Type", "application/x-www-form-urlencoded"));
            }
            for (Header header : made) {
                String name = header.name().toLowerCase(Locale.ROOT);
                if (!removed.contains(name) && all.stream().noneMatch(h -> h.hasName(name))) {
                    all.add(header);
                }
            }
            return all;
        }

        private static boolean known(String name) {
            return CurlOptions.WITH_VALUE.contains(name) || CurlOptions.READ.contains(name) || CurlOptions.QUIET_FLAGS.contains(name);
        }

        private static String flagOf(ShellWord word) {
            String text = word.text();
            return text.startsWith("--") ? text.replaceFirst("=.*", "") : text.substring(0, Math.min(2, text.length()));
        }

        private static char shortOf(String name) {
            return CurlOptions.SHORT.entrySet().stream().filter(e -> e.getValue().equals(name)).map(java.util.Map.Entry::getKey)
                    .findFirst().orElse('?');
        }
    }
}
