package dev.xinspect.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.storage.FileBytes;
import dev.xinspect.core.storage.SharedFolder;
import dev.xinspect.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every exchange, newest first, bounded in count; bodies over a size limit are cut and the entry says so. In memory
 * only, or kept in a folder across runs: each exchange is redacted ({@link Redactor}: the request as sent carries its
 * {@code Authorization}) before it is written to {@code entries/<id>.json}, and a small {@code index.json} (label,
 * time, status, method, URL) is all that is read at start, so a big history never slows start-up; an exchange is read
 * when it is reopened. Two running instances share the folder through its lock: each write merges the index on disk.
 * Thread-safe.
 */
public final class History implements AutoCloseable {
    /** One remembered exchange as listed and searched: id, when, a label (status, method, URL), and whether a body was cut. */
    public record Entry(long id, Instant at, String label, int status, String method, String url, boolean truncated) {
    }

    private static final Path INDEX = Path.of("index.json");
    private static final Path ENTRIES = Path.of("entries");
    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final int capacity;
    private final int maxBodyBytes;
    private final SharedFolder folder;
    private final Supplier<Redactor> redactor;
    private final ExchangeJson codec = new ExchangeJson();
    /** Exchanges held in memory: all of them without a folder, else only those the disk refused. */
    private final Map<Long, Exchange> inMemory = new HashMap<>();
    private volatile List<Entry> entries = List.of();
    private long nextId = 1;

    /** A history kept in memory for this run only. */
    public History(int capacity, int maxBodyBytes) {
        this.capacity = capacity;
        this.maxBodyBytes = maxBodyBytes;
        this.folder = null;
        this.redactor = null;
    }

    /** A history kept in {@code folder} across runs, redacted by the redactor of the moment (it learns new secrets). */
    public History(int capacity, int maxBodyBytes, Path folder, Supplier<Redactor> redactor, Clock clock) {
        this.capacity = capacity;
        this.maxBodyBytes = maxBodyBytes;
        this.folder = new SharedFolder(folder, clock, Duration.ofSeconds(10));
        this.redactor = redactor;
    }

    /**
     * Reads the index (not the entries); a corrupt index is set aside and rebuilt from the entries. Returns plain
     * sentences about what could not be read; empty when all is well.
     */
    public synchronized List<String> load() {
        if (folder == null || !Files.isDirectory(folder.root())) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        try {
            folder.locked(() -> {
                folder.removeLeftoverTemps(Path.of(""));
                readIndex(problems);
                return null;
            });
        } catch (IOException e) {
            problems.add("The history could not be read: " + StorageException.of(e, folder.root()).getMessage());
        }
        return problems;
    }

    /**
     * Records an exchange. On disk it is redacted and its bodies cut first; if the disk refuses, the entry is still
     * kept for this run and the {@link StorageException} says why.
     */
    public synchronized Entry add(Exchange exchange, Instant at) throws StorageException {
        Exchange redacted = folder == null ? exchange : redactor.get().redact(exchange);
        Exchange kept = cut(redacted);
        boolean truncated = kept != redacted;
        if (folder == null) {
            return remember(kept, at, truncated);
        }
        try {
            return folder.locked(() -> {
                List<String> ignored = new ArrayList<>();
                readIndex(ignored);
                Entry entry = entry(nextId, kept, at, truncated);
                folder.write(entryFile(entry.id()), codec.write(entry, kept), null);
                List<Entry> updated = new ArrayList<>(entries);
                updated.add(0, entry);
                nextId = entry.id() + 1;
                evictAndWrite(updated);
                return entry;
            });
        } catch (IOException e) {
            remember(kept, at, truncated);
            throw StorageException.of(e, folder.root());
        }
    }

    /** Entries whose label (method, URL, status) contains every word of the query, ignoring case. */
    public List<Entry> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return entries.stream().filter(e -> {
            String label = e.label().toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!word.isEmpty() && !label.contains(word)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** The exchange of an entry, read from disk if it is kept there; an unreadable entry is set aside and said so. */
    public Exchange exchange(long id) throws StorageException {
        synchronized (inMemory) {
            Exchange exchange = inMemory.get(id);
            if (exchange != null) {
                return exchange;
            }
        }
        if (folder == null) {
            throw new StorageException(StorageException.Reason.REMOVED_ELSEWHERE, "That exchange is no longer in the history.");
        }
        Path file = entryFile(id);
        try {
            return codec.exchange(codec.tree(FileBytes.read(folder.resolve(file))));
        } catch (NoSuchFileException e) {
            throw new StorageException(StorageException.Reason.REMOVED_ELSEWHERE,
                    "That exchange is no longer in the history (it was dropped as the oldest, or removed).");
        } catch (IOException | RuntimeException e) {
            String aside = "";
            try {
                aside = " and was set aside as " + folder.locked(() -> folder.setAside(file)).getFileName();
            } catch (IOException moveFailed) {
                // reported below without the new name
            }
            throw new StorageException(StorageException.Reason.FAILED, "This history entry could not be read" + aside + ".");
        }
    }

    public int size() {
        return entries.size();
    }

    private Entry remember(Exchange kept, Instant at, boolean truncated) {
        synchronized (inMemory) {
            Entry entry = entry(nextId++, kept, at, truncated);
            inMemory.put(entry.id(), kept);
            List<Entry> updated = new ArrayList<>(entries);
            updated.add(0, entry);
            while (updated.size() > capacity) {
                inMemory.remove(updated.remove(updated.size() - 1).id());
            }
            entries = List.copyOf(updated);
            return entry;
        }
    }

    /** Reads index.json into memory (under the lock); a missing one is an empty history, a corrupt one is rebuilt. */
    private void readIndex(List<String> problems) throws IOException {
        List<Entry> read = new ArrayList<>();
        long next = 1;
        try {
            JsonNode root = JSON.readTree(folder.read(INDEX).bytes());
            if (root == null || !root.path("entries").isArray()) {
                throw new IOException("not a history index");
            }
            for (JsonNode node : root.path("entries")) {
                read.add(codec.entry(node));
            }
            next = Math.max(root.path("nextId").asLong(1), read.stream().mapToLong(Entry::id).max().orElse(0) + 1);
        } catch (NoSuchFileException e) {
            // no history yet
        } catch (IOException e) {
            Path aside = folder.setAside(INDEX);
            read = rebuild();
            next = read.stream().mapToLong(Entry::id).max().orElse(0) + 1;
            problems.add("The history index could not be read and was set aside as " + aside.getFileName()
                    + "; it was rebuilt from the " + read.size() + " stored exchanges.");
            evictAndWrite(read);
        }
        nextId = Math.max(nextId, next);
        entries = List.copyOf(read);
    }

    /** The index again from the entries themselves (only after the index was lost: this reads every entry). */
    private List<Entry> rebuild() throws IOException {
        List<Entry> found = new ArrayList<>();
        Path dir = folder.resolve(ENTRIES);
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                try {
                    found.add(codec.entry(codec.tree(FileBytes.read(file))));
                } catch (IOException | RuntimeException e) {
                    // an unreadable entry stays where it is; reopening it reports it
                }
            }
        }
        found.sort(Comparator.comparing(Entry::at).thenComparing(Entry::id).reversed());
        return found;
    }

    private void evictAndWrite(List<Entry> updated) throws IOException {
        while (updated.size() > capacity) {
            Entry oldest = updated.remove(updated.size() - 1);
            // bounded by design: the oldest exchange leaves the history for good
            Files.deleteIfExists(folder.resolve(entryFile(oldest.id())));
        }
        ObjectNode root = JSON.createObjectNode().put("version", 1).put("nextId", Math.max(nextId,
                updated.stream().mapToLong(Entry::id).max().orElse(0) + 1));
        ArrayNode list = root.putArray("entries");
        for (Entry e : updated) {
            list.addObject().put("id", e.id()).put("at", e.at().toString()).put("label", e.label()).put("status", e.status())
                    .put("method", e.method()).put("url", e.url()).put("truncated", e.truncated());
        }
        folder.replace(INDEX, JSON.writeValueAsBytes(root));
        entries = List.copyOf(updated);
    }

    /** Releases the folder's lock file. */
    @Override
    public void close() throws IOException {
        if (folder != null) {
            folder.close();
        }
    }

    private static Path entryFile(long id) {
        return ENTRIES.resolve(id + ".json");
    }

    /** The exchange with request and response bodies over the limit cut; the same instance when nothing was cut. */
    private Exchange cut(Exchange exchange) {
        SentRequest request = exchange.request();
        ReceivedResponse response = exchange.response();
        boolean cutRequest = request != null && request.body().size() > maxBodyBytes;
        boolean cutResponse = response != null && response.body().size() > maxBodyBytes;
        if (!cutRequest && !cutResponse) {
            return exchange;
        }
        SentRequest keptRequest = cutRequest ? new SentRequest(request.method(), request.url(), request.headers(), head(request.body()))
                : request;
        ReceivedResponse keptResponse = cutResponse ? new ReceivedResponse(response.status(), response.reason(),
                response.httpVersion(), response.headers(), head(response.body())) : response;
        return new Exchange(keptRequest, keptResponse, exchange.failure(), exchange.timings(), exchange.startedAt(),
                exchange.redirects());
    }

    private Body head(Body body) {
        return Body.ofBytes(body.head(maxBodyBytes));
    }

    private static Entry entry(long id, Exchange exchange, Instant at, boolean truncated) {
        int status = exchange.receivedResponse().map(ReceivedResponse::status).orElse(0);
        String statusText = exchange.receivedResponse().map(r -> Integer.toString(r.status())).orElse("failed");
        String method = exchange.sentRequest().map(SentRequest::method).orElse("");
        String url = exchange.sentRequest().map(SentRequest::url).orElse("");
        String label = exchange.sentRequest().map(r -> statusText + " " + r.method() + " " + r.url()).orElse(statusText + " response");
        return new Entry(id, at, label, status, method, url, truncated);
    }
}
