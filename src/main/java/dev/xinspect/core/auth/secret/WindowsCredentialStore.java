package dev.xinspect.core.auth.secret;

import dev.xinspect.core.auth.secret.CredentialApi.CredentialApiException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link SecretStore} in Windows Credential Manager: each secret is a generic credential named
 * {@code <prefix>/<store key>}, persisted for the user on this machine, its blob the secret's UTF-8 bytes.
 * Credential Manager encrypts it with the user's logon (DPAPI); no other user and no copy of the disk reads it.
 */
final class WindowsCredentialStore implements SecretStore {
    /** CRED_MAX_CREDENTIAL_BLOB_SIZE (wincred.h): 5 * 512 bytes. */
    static final int MAX_BLOB = 5 * 512;

    private final CredentialApi api;
    private final String prefix;

    /** @param prefix the first part of every target name, e.g. {@code xinspect}: this app's namespace */
    WindowsCredentialStore(CredentialApi api, String prefix) {
        this.api = api;
        this.prefix = prefix + "/";
    }

    @Override
    public Optional<String> read(String key) {
        try {
            return api.read(target(key)).map(blob -> new String(blob, StandardCharsets.UTF_8));
        } catch (CredentialApiException e) {
            throw failure("read " + key, e);
        }
    }

    @Override
    public void write(String key, String secret) {
        byte[] blob = secret.getBytes(StandardCharsets.UTF_8);
        if (blob.length > MAX_BLOB) {
            throw new SecretStoreException("The secret for " + key + " is too long for Windows Credential Manager ("
                    + blob.length + " bytes; at most " + MAX_BLOB + ")", null);
        }
        try {
            api.write(target(key), key, blob);
        } catch (CredentialApiException e) {
            throw failure("save " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            api.delete(target(key));
        } catch (CredentialApiException e) {
            throw failure("delete " + key, e);
        }
    }

    @Override
    public Set<String> keys() {
        try {
            TreeSet<String> keys = new TreeSet<>();
            for (String target : api.targets(prefix + "*")) {
                // The filter's match is not case-sensitive; only our exact prefix is ours.
                if (target.startsWith(prefix) && target.length() > prefix.length()) {
                    keys.add(target.substring(prefix.length()));
                }
            }
            return Collections.unmodifiableSet(keys);
        } catch (CredentialApiException e) {
            throw failure("list its credentials", e);
        }
    }

    @Override
    public StoreKind kind() {
        return StoreKind.WINDOWS_CREDENTIAL_MANAGER;
    }

    @Override
    public String location() {
        return "generic credentials named " + prefix + "…";
    }

    private String target(String key) {
        return prefix + StoreKey.check(key);
    }

    private static SecretStoreException failure(String action, CredentialApiException e) {
        String reason = switch (e.errorCode()) {
            // winerror.h: ERROR_NO_SUCH_LOGON_SESSION, ERROR_ACCESS_DENIED.
            case 1312 -> "no logon session: Credential Manager keeps credentials only for an interactive user";
            case 5 -> "access denied";
            default -> e.getMessage();
        };
        return new SecretStoreException("Windows Credential Manager could not " + action + " (" + reason + ")", null);
    }
}
