package dev.xinspect.core.auth.secret;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link SecretStore} in one JSON file, created 0600 from its first byte (never chmod-ed afterwards, so there is
 * no moment it is readable by others) and replaced atomically on every change. A file that cannot be parsed is set
 * aside (see {@link #setAside()}), not deleted, and the store starts empty.
 */
public final class FileSecretStore implements SecretStore {
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

    private final Path file;
    private Path setAside;

    public FileSecretStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<String> read(String key) {
        return Optional.ofNullable(load().get(key));
    }

    @Override
    public synchronized void write(String key, String secret) {
        TreeMap<String, String> secrets = load();
        secrets.put(key, secret);
        save(secrets);
    }

    @Override
    public synchronized void delete(String key) {
        TreeMap<String, String> secrets = load();
        if (secrets.remove(key) != null) {
            save(secrets);
        }
    }

    @Override
    public synchronized Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(load().keySet()));
    }

    @Override
    public StoreKind kind() {
        return StoreKind.PROTECTED_FILE;
    }

    @Override
    public String location() {
        return file.toAbsolutePath().toString();
    }

    /** Where an unreadable secret file was moved, if that happened; the UI reports it. */
    public synchronized Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    private TreeMap<String, String> load() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            TreeMap<String, String> secrets = JSON.readValue(Files.readAllBytes(file), MAP);
            return secrets == null ? new TreeMap<>() : secrets;
        } catch (JsonProcessingException e) {
            try {
                setAside = AtomicFile.setAside(file);
            } catch (IOException moveFailed) {
                throw new SecretStoreException("The secret file " + file + " is damaged and could not be moved aside", null);
            }
            return new TreeMap<>();
        } catch (IOException e) {
            throw new SecretStoreException("Cannot read the secret file " + file + " (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private void save(TreeMap<String, String> secrets) {
        try {
            AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(secrets), true);
        } catch (IOException e) {
            // The cause is dropped on purpose: I/O messages name files, but Jackson's could quote content.
            throw new SecretStoreException("Cannot save the secret file " + file + " (" + e.getClass().getSimpleName()
                    + "); the previous version is unchanged", null);
        }
    }
}
