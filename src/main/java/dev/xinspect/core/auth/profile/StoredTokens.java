package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.oauth2.OAuth2Token;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.http.EpochSeconds;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How an OAuth 2.0 user token sits among a profile's secrets: access token, refresh token, expiry in epoch seconds. */
final class StoredTokens {
    private StoredTokens() {
    }

    static Optional<OAuth2Token> read(ProfileSecrets secrets) {
        return secrets.get(SecretField.OAUTH2_ACCESS_TOKEN).map(access -> new OAuth2Token("bearer", access,
                secrets.get(SecretField.OAUTH2_REFRESH_TOKEN).orElse(null), null,
                secrets.get(SecretField.OAUTH2_EXPIRES_AT).flatMap(StoredTokens::epochSeconds).orElse(null)));
    }

    /** The fields to store for {@code token}; a token without a refresh token clears the old one (it no longer works). */
    static Map<SecretField, String> fields(OAuth2Token token) {
        Map<SecretField, String> values = new EnumMap<>(SecretField.class);
        values.put(SecretField.OAUTH2_ACCESS_TOKEN, token.accessToken());
        values.put(SecretField.OAUTH2_REFRESH_TOKEN, token.refreshToken());
        values.put(SecretField.OAUTH2_EXPIRES_AT, token.expiresAt() == null ? null : Long.toString(token.expiresAt().getEpochSecond()));
        return values;
    }

    static Map<SecretField, String> cleared() {
        Map<SecretField, String> values = new EnumMap<>(SecretField.class);
        values.put(SecretField.OAUTH2_ACCESS_TOKEN, null);
        values.put(SecretField.OAUTH2_REFRESH_TOKEN, null);
        values.put(SecretField.OAUTH2_EXPIRES_AT, null);
        return values;
    }

    private static Optional<Instant> epochSeconds(String text) {
        return EpochSeconds.parse(text).map(Instant::ofEpochSecond);
    }
}
