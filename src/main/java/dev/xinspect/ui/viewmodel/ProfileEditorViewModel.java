package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.oauth2.ClientAuthentication;
import dev.xinspect.core.auth.oauth2.Oauth2Scope;
import dev.xinspect.core.auth.profile.SavedProfileBook;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.http.AuthMode;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Creates or edits one of the user's credential profiles: a name, the auth mode, the keys and tokens that mode uses
 * (saved to the secret store, never to the profiles file), and for OAuth 2.0 the callback URL and the scopes.
 */
public final class ProfileEditorViewModel {
    public static final List<AuthMode> MODES = List.of(AuthMode.OAUTH2_APP_ONLY, AuthMode.OAUTH1_USER, AuthMode.OAUTH2_USER);
    private static final Set<String> DEFAULT_SCOPES = Set.of("tweet.read", "users.read", "offline.access");

    private final SavedProfileBook book;
    private final String originalName;
    private final Executor worker;
    private final Executor fxThread;
    private final Consumer<String> onSaved;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<AuthMode> mode = new SimpleObjectProperty<>(AuthMode.OAUTH2_USER);
    private final Map<SecretField, StringProperty> secrets = new EnumMap<>(SecretField.class);
    private final StringProperty redirectUri = new SimpleStringProperty(CredentialProfile.DEFAULT_REDIRECT_URI);
    private final List<ScopeChoice> scopes = Arrays.stream(Oauth2Scope.values())
            .map(scope -> new ScopeChoice(scope, DEFAULT_SCOPES.contains(scope.wireName()))).toList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringBinding clientAuthentication;

    /** @param originalName the profile being edited, or null for a new one */
    public ProfileEditorViewModel(SavedProfileBook book, String originalName, Executor worker, Executor fxThread,
                                  Consumer<String> onSaved) {
        this.book = book;
        this.originalName = originalName;
        this.worker = worker;
        this.fxThread = fxThread;
        this.onSaved = onSaved;
        for (SecretField field : SecretField.values()) {
            secrets.put(field, new SimpleStringProperty(""));
        }
        StringProperty clientSecret = secrets.get(SecretField.CLIENT_SECRET);
        clientAuthentication = Bindings.createStringBinding(() -> (clientSecret.get().isBlank()
                ? ClientAuthentication.CLIENT_ID_IN_BODY : ClientAuthentication.BASIC_HEADER).description(), clientSecret);
        // A refusal ("Fill in the consumer key") spoke about the fields as they were when Save was pressed.
        javafx.beans.InvalidationListener retyped = changed -> problem.set("");
        name.addListener(retyped);
        mode.addListener(retyped);
        redirectUri.addListener(retyped);
        secrets.values().forEach(field -> field.addListener(retyped));
        if (originalName != null) {
            load(originalName);
        }
    }

    private void load(String profileName) {
        CompletableFuture.supplyAsync(() -> Map.entry(book.require(profileName), book.secretsOf(profileName)), worker)
                .whenCompleteAsync((loaded, failure) -> {
                    if (failure != null) {
                        problem.set(AuthViewModel.messageOf(failure));
                        return;
                    }
                    CredentialProfile profile = loaded.getKey();
                    ProfileSecrets values = loaded.getValue();
                    name.set(profile.name());
                    mode.set(profile.authMode());
                    values.values().forEach((field, value) -> secrets.get(field).set(value));
                    if (profile.redirectUri() != null) {
                        redirectUri.set(profile.redirectUri());
                    }
                    if (profile.authMode() == AuthMode.OAUTH2_USER) {
                        scopes.forEach(s -> s.selectedProperty().set(profile.scopes().contains(s.wireName())));
                    }
                }, fxThread);
    }

    /** Checks the fields, then saves off the FX thread; completes with true once saved. */
    public CompletableFuture<Boolean> save() {
        String message = validate();
        problem.set(message);
        if (!message.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        AuthMode chosen = mode.get();
        List<String> asked = chosen == AuthMode.OAUTH2_USER
                ? scopes.stream().filter(s -> s.selectedProperty().get()).map(ScopeChoice::wireName).toList() : List.of();
        CredentialProfile profile = new CredentialProfile(name.get().strip(), chosen,
                chosen == AuthMode.OAUTH2_USER ? redirectUri.get().strip() : null, asked);
        Map<SecretField, String> values = new EnumMap<>(SecretField.class);
        fieldsOf(chosen).forEach(field -> values.put(field, secrets.get(field).get().strip()));
        return CompletableFuture.supplyAsync(() -> {
            if (originalName != null && !originalName.equals(profile.name())) {
                book.rename(originalName, profile);
            }
            book.save(profile, values);
            return profile.name();
        }, worker).handleAsync((saved, failure) -> {
            if (failure != null) {
                problem.set(AuthViewModel.messageOf(failure));
                return false;
            }
            onSaved.accept(saved);
            return true;
        }, fxThread);
    }

    private String validate() {
        String trimmed = name.get().strip();
        try {
            CredentialProfile.requireValidName(trimmed);
        } catch (IllegalArgumentException e) {
            return e.getMessage() + ".";
        }
        boolean taken = book.find(trimmed).isPresent() && !trimmed.equals(originalName);
        if (taken) {
            return "A profile named " + trimmed + " exists already.";
        }
        return switch (mode.get()) {
            case OAUTH2_APP_ONLY -> blank(SecretField.BEARER_TOKEN) && (blank(SecretField.CONSUMER_KEY) || blank(SecretField.CONSUMER_SECRET))
                    ? "Paste the App's Bearer token, or give its consumer key and secret so xinspect can mint one." : "";
            case OAUTH1_USER -> blank(SecretField.CONSUMER_KEY) || blank(SecretField.CONSUMER_SECRET)
                    ? "OAuth 1.0a needs the consumer key and secret (API Key and Secret)." : "";
            case OAUTH2_USER -> blank(SecretField.CLIENT_ID) ? "OAuth 2.0 needs the App's Client ID."
                    : !isHttpUrl(redirectUri.get().strip()) ? "The callback URL must be an http:// or https:// URL, exactly as registered for the App."
                    : scopes.stream().noneMatch(s -> s.selectedProperty().get()) ? "Choose at least one scope." : "";
            default -> "";
        };
    }

    /** The secrets each mode keeps; fields of other modes are left as they are. */
    static List<SecretField> fieldsOf(AuthMode mode) {
        return switch (mode) {
            case OAUTH2_APP_ONLY -> List.of(SecretField.BEARER_TOKEN, SecretField.CONSUMER_KEY, SecretField.CONSUMER_SECRET);
            case OAUTH1_USER -> List.of(SecretField.CONSUMER_KEY, SecretField.CONSUMER_SECRET, SecretField.ACCESS_TOKEN,
                    SecretField.ACCESS_TOKEN_SECRET);
            case OAUTH2_USER -> List.of(SecretField.CLIENT_ID, SecretField.CLIENT_SECRET);
            default -> List.of();
        };
    }

    private boolean blank(SecretField field) {
        return secrets.get(field).get().isBlank();
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    public boolean isNew() {
        return originalName == null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<AuthMode> modeProperty() {
        return mode;
    }

    // Secret fields, shown masked by the view.
    public StringProperty bearerTokenProperty() {
        return secrets.get(SecretField.BEARER_TOKEN);
    }

    public StringProperty consumerKeyProperty() {
        return secrets.get(SecretField.CONSUMER_KEY);
    }

    public StringProperty consumerSecretProperty() {
        return secrets.get(SecretField.CONSUMER_SECRET);
    }

    public StringProperty accessTokenProperty() {
        return secrets.get(SecretField.ACCESS_TOKEN);
    }

    public StringProperty accessTokenSecretProperty() {
        return secrets.get(SecretField.ACCESS_TOKEN_SECRET);
    }

    public StringProperty clientIdProperty() {
        return secrets.get(SecretField.CLIENT_ID);
    }

    public StringProperty clientSecretProperty() {
        return secrets.get(SecretField.CLIENT_SECRET);
    }

    public StringProperty redirectUriProperty() {
        return redirectUri;
    }

    public List<ScopeChoice> scopes() {
        return scopes;
    }

    /** How the token endpoint will be called: Basic auth with a client secret, client_id in the body without. */
    public StringBinding clientAuthenticationProperty() {
        return clientAuthentication;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
