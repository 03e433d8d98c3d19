package dev.xinspect.app;

import dev.xinspect.core.auth.profile.ProfileBook;
import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.auth.profile.SavedProfileBook;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.sandbox.SandboxCredentials;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The profiles {@code --profile NAME} can name on the command line: the user's saved profiles (the window's, in the
 * config folder and the credential store), then the sandbox's demo identities. Read on first use only.
 */
final class CliProfiles {
    private final CoreWiring core;
    private SavedProfileBook saved;

    CliProfiles(CoreWiring core) {
        this.core = core;
    }

    /** A profile and the book it lives in. */
    record Found(ProfileBook book, String name) {
    }

    /** Finds a profile by exact name, the user's first; {@code sandboxBase} is where the sandbox's identities sign in. */
    Optional<Found> find(String name, URI sandboxBase) {
        for (ProfileBook book : List.of(saved(), sandboxBook(sandboxBase))) {
            if (book.find(name).isPresent()) {
                return Optional.of(new Found(book, name));
            }
        }
        return Optional.empty();
    }

    /** True for a name of the sandbox's demo identities that no saved profile shadows (those sign in on the sandbox). */
    boolean isSandboxIdentity(String name) {
        return saved().find(name).isEmpty() && sandboxBook(URI.create("http://127.0.0.1")).find(name).isPresent();
    }

    /** The consumer secret of a profile, for the webhook CRC (no sandbox needs to run for the demo identities). */
    Optional<String> consumerSecret(String name) {
        return find(name, URI.create("http://127.0.0.1")).flatMap(found ->
                found.book().secretsOf(found.name()).get(SecretField.CONSUMER_SECRET));
    }

    /** The first saved profile of a mode, which an imported request of that mode is given; empty when there is none. */
    Optional<String> firstSavedOf(AuthMode mode) {
        return saved().profiles().stream().filter(p -> p.authMode() == mode).map(CredentialProfile::name).findFirst();
    }

    /** The mode of a profile by name (saved first, then the sandbox's identities); empty for an unknown name. */
    Optional<AuthMode> modeOf(String name) {
        URI nowhere = URI.create("http://127.0.0.1");
        return find(name, nowhere).flatMap(found -> found.book().find(found.name())).map(CredentialProfile::authMode);
    }

    /** The sandbox's demo identities as the window offers them: published values, its OAuth calls on {@code base}. */
    static SandboxProfileBook sandboxBook(URI base, SandboxCredentials demo) {
        return new SandboxProfileBook(base, new SandboxProfileBook.DemoValues(demo.consumerKey(), demo.consumerSecret(),
                demo.accessToken(), demo.accessTokenSecret(), demo.bearerToken(), demo.clientId(), demo.clientSecret(),
                demo.redirectUri()));
    }

    private static SandboxProfileBook sandboxBook(URI base) {
        return sandboxBook(base, SandboxCredentials.DEMO);
    }

    private synchronized SavedProfileBook saved() {
        if (saved == null) {
            saved = core.savedProfilesIn(ConfigDirectory.forThisUser());
        }
        return saved;
    }
}
