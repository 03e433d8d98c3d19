package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.oauth2.ClientAuthentication;
import dev.xinspect.core.auth.oauth2.OAuth2Token;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.http.AuthMode;
import java.time.Instant;
import java.util.List;

/**
 * What a profile holds, without its values: which credentials are present, the OAuth 2.0 token's expiry, and where
 * the secrets are kept. Taken on a worker thread (reading a keychain can be slow); the Auth tab shows it.
 *
 * @param expiresAt the OAuth 2.0 user access token's expiry, or null
 * @param clientAuthentication how the OAuth 2.0 client authenticates at the token endpoint, or null without a client
 */
public record ProfileStatus(String name, AuthMode mode, boolean editable, boolean hasBearer, boolean hasConsumerKeys,
                            boolean hasUserToken, boolean hasAccessToken, boolean hasRefreshToken, Instant expiresAt,
                            ClientAuthentication clientAuthentication, List<String> scopes, String storeDescription) {

    public static ProfileStatus of(ProfileBook book, CredentialProfile profile, boolean editable) {
        ProfileSecrets secrets = book.secretsOf(profile.name());
        OAuth2Token token = StoredTokens.read(secrets).orElse(null);
        return new ProfileStatus(profile.name(), profile.authMode(), editable,
                secrets.get(SecretField.BEARER_TOKEN).isPresent(),
                secrets.get(SecretField.CONSUMER_KEY).isPresent() && secrets.get(SecretField.CONSUMER_SECRET).isPresent(),
                secrets.get(SecretField.ACCESS_TOKEN).isPresent() && secrets.get(SecretField.ACCESS_TOKEN_SECRET).isPresent(),
                token != null, token != null && token.canRefresh(), token == null ? null : token.expiresAt(),
                secrets.oauth2Client().map(c -> c.authentication()).orElse(null), profile.scopes(), book.storeDescription());
    }

    /** No auth at all. */
    public static ProfileStatus none() {
        return new ProfileStatus("No auth", AuthMode.NONE, false, false, false, false, false, false, null, null, List.of(), "");
    }
}
