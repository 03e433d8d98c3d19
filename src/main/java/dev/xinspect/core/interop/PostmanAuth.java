package dev.xinspect.core.interop;

import static dev.xinspect.core.interop.PostmanText.capital;
import static dev.xinspect.core.interop.PostmanText.shortText;
import static dev.xinspect.core.interop.PostmanText.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.http.AuthMode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Postman {@code auth} block read as the {@link AuthMode} xinspect signs with, through Postman's inheritance (an
 * absent or {@code inherit} block takes its parent's). Its own class because it is where secrets could slip in: no
 * attribute value is kept, only whether it named a {@code {{variable}}} or held a credential typed in, for the notes.
 */
final class PostmanAuth {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{[^{}]+}}");
    /**
     * Postman auth attributes that hold a credential, per its v2.1 schema's auth types ({@code value} is an API key's;
     * its {@code key} is only the header's name).
     */
    private static final Set<String> SECRET_KEYS = Set.of("consumerKey", "consumerSecret", "token", "tokenSecret",
            "privateKey", "accessToken", "refreshToken", "clientSecret", "password", "value", "secret", "authKey");

    private PostmanAuth() {
    }

    /** The mode of {@code where}: its own auth block's, else {@code inherited}. */
    static AuthMode read(JsonNode node, AuthMode inherited, String where, PostmanReading reading) {
        if (!node.isObject()) {
            return inherited; // absent or null: Postman inherits from the parent
        }
        String type = text(node.path("type"));
        AuthMode mode = switch (type) {
            case "inherit", "" -> null;
            case "noauth" -> AuthMode.NONE;
            case "oauth1" -> AuthMode.OAUTH1_USER;
            case "bearer" -> AuthMode.OAUTH2_APP_ONLY;
            case "oauth2" -> AuthMode.OAUTH2_USER;
            case "basic" -> AuthMode.BASIC;
            default -> {
                reading.notes.add(capital(where) + " uses Postman's \"" + shortText(type) + "\" auth, which xinspect does not sign; it was imported without auth.");
                yield AuthMode.NONE;
            }
        };
        if (mode == null) {
            return inherited;
        }
        JsonNode attributes = node.path(type);
        if (attributes.isArray()) {
            attributes.forEach(a -> secretAttribute(text(a.path("key")), a.path("value"), where, reading));
        } else if (attributes.isObject()) { // v2.0 wrote auth attributes as an object
            attributes.properties().forEach(e -> secretAttribute(e.getKey(), e.getValue(), where, reading));
        }
        return mode;
    }

    private static void secretAttribute(String key, JsonNode value, String where, PostmanReading reading) {
        String text = text(value);
        if (!SECRET_KEYS.contains(key) || text.isBlank()) {
            return;
        }
        if (VARIABLE.matcher(text.strip()).matches()) {
            reading.authVariables.add(text.strip());
        } else {
            reading.literalAuth.add(where);
        }
    }
}
