package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.oauth2.OAuth2Client;
import dev.xinspect.core.auth.oauth2.OAuth2Token;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Turns a profile into the auth of one request, just before it is sent. An OAuth 2.0 user token that expires within
 * a minute is refreshed first (X's access tokens live two hours; a refresh token is single use, so the new pair is
 * stored at once). Blocking when it refreshes: call it on a worker thread.
 */
public final class ProfileAuthorizer {
    /** Refresh this long before expiry, so a token cannot run out between the check and X's. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private final ProfileFlows flows;
    private final Clock clock;

    public ProfileAuthorizer(ProfileFlows flows, Clock clock) {
        this.flows = flows;
        this.clock = clock;
    }

    /**
     * @param steps told about a refresh when one happens
     * @throws CredentialsUnavailableException when the profile cannot authenticate yet; the message says what to do
     */
    public RequestAuth authFor(ProfileBook book, String name, Consumer<FlowStep> steps) {
        CredentialProfile profile = book.require(name);
        ProfileSecrets secrets = book.secretsOf(name);
        return switch (profile.authMode()) {
            case NONE, BASIC -> new RequestAuth.None();
            case OAUTH2_APP_ONLY -> new RequestAuth.Bearer(secrets.get(SecretField.BEARER_TOKEN).orElseThrow(() ->
                    new CredentialsUnavailableException("The profile " + name + " has no Bearer token yet: paste one, "
                            + "or mint it from the consumer key and secret on the Auth tab.")));
            case OAUTH1_USER -> new RequestAuth.Oauth1(oauth1(name, secrets));
            case OAUTH2_USER -> new RequestAuth.Bearer(userToken(book, name, secrets, steps).accessToken());
        };
    }

    private static Oauth1Credentials oauth1(String name, ProfileSecrets secrets) {
        return secrets.oauth1().orElseThrow(() -> new CredentialsUnavailableException("The profile " + name
                + " needs a consumer key and consumer secret (the App's API Key and Secret) to sign requests."));
    }

    private OAuth2Token userToken(ProfileBook book, String name, ProfileSecrets secrets, Consumer<FlowStep> steps) {
        OAuth2Token token = StoredTokens.read(secrets).orElseThrow(() -> new CredentialsUnavailableException(
                "The profile " + name + " is not signed in yet: use Sign in on the Auth tab."));
        if (!token.needsRefresh(clock, REFRESH_MARGIN)) {
            return token;
        }
        OAuth2Client client = secrets.oauth2Client().orElse(null);
        if (!token.canRefresh() || client == null) {
            boolean expired = token.remaining(clock).isNegative();
            throw new CredentialsUnavailableException("The access token of " + name + (expired ? " has expired" : " expires within a minute")
                    + " and there is no refresh token (ask for the offline.access scope): sign in again.");
        }
        return flows.refresh(book, name, steps);
    }
}
