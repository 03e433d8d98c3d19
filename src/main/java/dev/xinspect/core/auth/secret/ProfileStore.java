package dev.xinspect.core.auth.secret;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Credential profiles: their names and settings in a plain JSON file ({@code profiles.json}), their secrets in a
 * {@link SecretStore}. Saving a profile writes each secret to the store and nothing secret to the file. One profile
 * can be the default. Thread-safe.
 */
public final class ProfileStore {
    /** The file's shape: a default profile name and the profiles, in the order the user made them. */
    record ProfilesFile(String defaultProfile, List<CredentialProfile> profiles) {
        ProfilesFile {
            profiles = profiles == null ? List.of() : List.copyOf(profiles);
        }
    }

    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final Path file;
    private final SecretStore secrets;
    private final LockedFile locked;
    private Path setAside;

    public ProfileStore(Path file, SecretStore secrets) {
        this.file = file;
        this.secrets = secrets;
        this.locked = new LockedFile(file, Duration.ofSeconds(10), false);
    }

    public synchronized List<CredentialProfile> list() {
        locked.removeLeftoverTemps();
        return load().profiles();
    }

    public synchronized Optional<CredentialProfile> find(String name) {
        return load().profiles().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The default profile's name, if one is set and still exists. */
    public synchronized Optional<String> defaultProfile() {
        ProfilesFile current = load();
        return Optional.ofNullable(current.defaultProfile())
                .filter(name -> current.profiles().stream().anyMatch(p -> p.name().equals(name)));
    }

    public synchronized void setDefault(String name) {
        update(current -> {
            if (current.profiles().stream().noneMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException("No profile named " + name);
            }
            return new ProfilesFile(name, current.profiles());
        });
    }

    /**
     * Adds or replaces a profile. Fields given are written to the secret store (a null or empty value removes the
     * field); fields not given are left as they are. Secrets are stored first, so a crash between the two writes
     * leaves at worst an unreferenced secret, never a profile without its keys.
     */
    public synchronized void save(CredentialProfile profile, Map<SecretField, String> secretValues) {
        secretValues.forEach((field, value) -> {
            if (value == null || value.isEmpty()) {
                secrets.delete(field.keyFor(profile.name()));
            } else {
                secrets.write(field.keyFor(profile.name()), value);
            }
        });
        update(current -> {
            List<CredentialProfile> profiles = new ArrayList<>(current.profiles());
            profiles.removeIf(p -> p.name().equals(profile.name()));
            profiles.add(profile);
            return new ProfilesFile(current.defaultProfile() == null ? profile.name() : current.defaultProfile(), profiles);
        });
    }

    public synchronized ProfileSecrets secretsOf(String name) {
        Map<SecretField, String> values = new EnumMap<>(SecretField.class);
        for (SecretField field : SecretField.values()) {
            secrets.read(field.keyFor(name)).ifPresent(value -> values.put(field, value));
        }
        return new ProfileSecrets(values);
    }

    /** Removes the profile and every secret it had. */
    public synchronized void delete(String name) {
        update(current -> {
            List<CredentialProfile> profiles = new ArrayList<>(current.profiles());
            profiles.removeIf(p -> p.name().equals(name));
            return new ProfilesFile(name.equals(current.defaultProfile()) ? null : current.defaultProfile(), profiles);
        });
        for (SecretField field : SecretField.values()) {
            secrets.delete(field.keyFor(name));
        }
    }

    /** Where the secrets are kept, for the UI ("Secrets are kept in a file only your user can read: …"). */
    public String secretStoreDescription() {
        return secrets.kind().description() + ": " + secrets.location();
    }

    /** Where an unreadable profiles file was moved, if that happened. */
    public synchronized Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    /** Reads, changes and saves the file under its cross-process lock; the secret store is never written in it. */
    private void update(UnaryOperator<ProfilesFile> change) {
        try {
            locked.locked(() -> {
                save(change.apply(load()));
                return null;
            });
        } catch (SecretStoreException e) {
            throw e;
        } catch (IOException e) {
            throw new SecretStoreException("Cannot save the profiles file " + file + " (" + (e instanceof StorageException
                    ? e.getMessage() : FileFailure.reason(e)) + "); the previous version is unchanged", null);
        }
    }

    private ProfilesFile load() {
        if (!Files.exists(file)) {
            return new ProfilesFile(null, List.of());
        }
        try {
            return JSON.readValue(Files.readAllBytes(file), ProfilesFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            try {
                setAside = AtomicFile.setAside(file);
            } catch (IOException moveFailed) {
                throw new SecretStoreException("The profiles file " + file + " is damaged and could not be moved aside", null);
            }
            return new ProfilesFile(null, List.of());
        } catch (IOException e) {
            throw new SecretStoreException("Cannot read the profiles file " + file + " (" + FileFailure.reason(e) + ")", null);
        }
    }

    private void save(ProfilesFile profiles) {
        try {
            AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(profiles), false);
        } catch (IOException e) {
            throw new SecretStoreException("Cannot save the profiles file " + file + " (" + FileFailure.reason(e)
                    + "); the previous version is unchanged", null);
        }
    }
}
