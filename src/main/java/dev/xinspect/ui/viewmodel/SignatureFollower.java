package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;

/**
 * Keeps the OAuth 1.0a steps view in step with the request being edited: method, URL (variables resolved), form
 * body and the chosen profile's keys, so every edit in the editor shows up in the base string and the signature.
 */
public final class SignatureFollower {
    private SignatureFollower() {
    }

    /** Starts following; the profile's keys are read off the FX thread. */
    public static Oauth1StepsViewModel follow(Oauth1StepsViewModel steps, RequestViewModel request, AuthOption option,
                                              Executor worker, Executor fxThread) {
        InvalidationListener copy = changed -> {
            steps.methodProperty().set(request.methodProperty().get());
            steps.urlProperty().set(request.previewUrl());
            steps.formBodyEncodedProperty().set(true); // the editor's body is as sent
            steps.formBodyProperty().set(request.formBody());
            steps.bodyNoteProperty().set(request.bodyKindProperty().get() == BodyKind.MULTIPART
                    ? dev.xinspect.core.auth.SignedBody.whyNotSigned("multipart/form-data") : "");
        };
        request.methodProperty().addListener(copy);
        request.urlProperty().addListener(copy);
        request.bodyProperty().addListener(copy);
        request.headers().addListener(copy);
        request.bodyKindProperty().addListener(copy);
        copy.invalidated(null);
        if (option != null && !option.isNone()) {
            CompletableFuture.supplyAsync(() -> option.book().secretsOf(option.profile()), worker)
                    .thenAcceptAsync(secrets -> fill(steps, secrets), fxThread);
        }
        return steps;
    }

    private static void fill(Oauth1StepsViewModel steps, ProfileSecrets secrets) {
        steps.consumerKeyProperty().set(secrets.get(SecretField.CONSUMER_KEY).orElse(""));
        steps.consumerSecretProperty().set(secrets.get(SecretField.CONSUMER_SECRET).orElse(""));
        steps.tokenProperty().set(secrets.get(SecretField.ACCESS_TOKEN).orElse(""));
        steps.tokenSecretProperty().set(secrets.get(SecretField.ACCESS_TOKEN_SECRET).orElse(""));
    }
}
