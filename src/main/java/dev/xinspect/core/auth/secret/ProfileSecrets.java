package dev.xinspect.core.auth.secret;

import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.SecretMask;
import dev.xinspect.core.auth.oauth2.OAuth2Client;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The secrets of one profile, with typed views for the signers and clients. {@link #toString()} shows lengths only. */
public record ProfileSecrets(Map<SecretField, String> values) {
    public ProfileSecrets {
        EnumMap<SecretField, String> copy = new EnumMap<>(SecretField.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isEmpty()) {
                copy.put(field, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public Optional<String> get(SecretField field) {
        return Optional.ofNullable(values.get(field));
    }

    /** OAuth 1.0a credentials when consumer key and secret are present; the user token may be absent. */
    public Optional<Oauth1Credentials> oauth1() {
        if (!values.containsKey(SecretField.CONSUMER_KEY) || !values.containsKey(SecretField.CONSUMER_SECRET)) {
            return Optional.empty();
        }
        return Optional.of(new Oauth1Credentials(values.get(SecretField.CONSUMER_KEY), values.get(SecretField.CONSUMER_SECRET),
                values.get(SecretField.ACCESS_TOKEN), values.get(SecretField.ACCESS_TOKEN_SECRET)));
    }

    /** The OAuth 2.0 client when a client ID is present; confidential when a client secret is too. */
    public Optional<OAuth2Client> oauth2Client() {
        return get(SecretField.CLIENT_ID).map(id -> new OAuth2Client(id, values.get(SecretField.CLIENT_SECRET)));
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + SecretMask.mask(e.getValue()))
                .collect(Collectors.joining(", ", "ProfileSecrets[", "]"));
    }
}
