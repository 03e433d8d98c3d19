package dev.xinspect.core.auth.secret;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.FileFailure;
import dev.xinspect.core.storage.LockedFile;
import dev.xinspect.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A {@link SecretStore} in one JSON file, created 0600 from its first byte (never chmod-ed afterwards, so there is
 * no moment it is readable by others) and replaced atomically on every change. A file that cannot be parsed is set
 * aside (see {@link #setAside()}), not deleted, and the store starts empty. Changes are made under the same
 * cross-process lock as a workspace ({@link LockedFile}), and temp files a crash left beside the file are removed.
 */
public final class FileSecretStore implements SecretStore {
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

    /** Long enough for another instance's save, short enough that a stuck one is reported, as for a workspace. */
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

    private final Path file;
    private final LockedFile locked;
    private Path setAside;

    public FileSecretStore(Path file) {
        this.file = file;
        this.locked = new LockedFile(file, LOCK_TIMEOUT, true);
    }

    @Override
    public synchronized Optional<String> read(String key) {
        locked.removeLeftoverTemps();
        return Optional.ofNullable(load().get(key));
    }

    @Override
    public synchronized void write(String key, String secret) {
        update(secrets -> {
            secrets.put(key, secret);
            return true;
        });
    }

    @Override
    public synchronized void delete(String key) {
        update(secrets -> secrets.remove(key) != null);
    }

    @Override
    public synchronized Set<String> keys() {
        locked.removeLeftoverTemps();
        return Collections.unmodifiableSet(new TreeSet<>(load().keySet()));
    }

    /**
     * Reads, changes and saves under the cross-process lock, so two instances writing at once keep both changes;
     * {@code change} says whether there is anything to save.
     */
    private void update(Predicate<TreeMap<String, String>> change) {
        try {
            locked.locked(() -> {
                TreeMap<String, String> secrets = load();
                if (change.test(secrets)) {
                    save(secrets);
                }
                return null;
            });
        } catch (SecretStoreException e) {
            throw e;
        } catch (IOException e) {
            // StorageException's sentences name folders, never contents; other I/O messages are left out.
            throw new SecretStoreException("Cannot save the secret file " + file + " (" + (e instanceof StorageException
                    ? e.getMessage() : FileFailure.reason(e)) + "); the previous version is unchanged", null);
        }
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
            throw new SecretStoreException("Cannot read the secret file " + file + " (" + FileFailure.reason(e) + ")", null);
        }
    }

    private void save(TreeMap<String, String> secrets) {
        try {
            AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(secrets), true);
        } catch (IOException e) {
            // The cause is dropped on purpose: I/O messages name files, but Jackson's could quote content.
            throw new SecretStoreException("Cannot save the secret file " + file + " (" + FileFailure.reason(e)
                    + "); the previous version is unchanged", null);
        }
    }
}
