package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.stream.StreamRulesClient;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where the stream console connects and as whom: the stream URL (with {@code {{variables}}}) and the credentials. The
 * stream and its rules requests share them, so rules are changed with the same App that reads the stream.
 */
public final class StreamTarget {
    /** The URL and credentials fixed at one moment, safe to use on any thread; the authorizer signs each request anew. */
    public record Snapshot(String streamUrl, String rulesUrl, UnaryOperator<SentRequest> authorize) {
        public SentRequest streamRequest() {
            return authorize.apply(SentRequest.of("GET", streamUrl, Headers.EMPTY));
        }
    }

    private final Function<String, String> resolveUrl;
    private final BiFunction<SentRequest, RequestAuth, SentRequest> authorize;
    private final Function<AuthOption, RequestAuth> credentials;
    private final StringProperty url = new SimpleStringProperty("{{baseUrl}}/2/tweets/sample/stream");
    private final ObjectProperty<AuthOption> auth;

    /**
     * @param resolveUrl  fills in variables; throws {@link IllegalArgumentException} with a plain message for unknown ones
     * @param credentials turns the chosen profile into credentials; called on the thread that sends (it may read a
     *                    keychain or refresh a token), and may throw {@code CredentialsUnavailableException}
     */
    public StreamTarget(Function<String, String> resolveUrl, BiFunction<SentRequest, RequestAuth, SentRequest> authorize,
                        Function<AuthOption, RequestAuth> credentials, AuthOption auth) {
        this.resolveUrl = resolveUrl;
        this.authorize = authorize;
        this.credentials = credentials;
        this.auth = new SimpleObjectProperty<>(auth);
    }

    /** Call on the FX thread; {@link IllegalArgumentException} with a plain message when the URL cannot be used. */
    public Snapshot snapshot() {
        String resolved = resolveUrl.apply(url.get().trim());
        AuthOption chosen = auth.get() == null ? AuthOption.none() : auth.get();
        return new Snapshot(resolved, StreamRulesClient.rulesUrlFor(resolved),
                request -> authorize.apply(request, credentials.apply(chosen)));
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<AuthOption> authProperty() {
        return auth;
    }
}
