package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.FormBody;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Oauth1Trace;
import dev.xinspect.core.auth.Param;
import dev.xinspect.core.auth.PercentEncoding;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The OAuth 1.0a signer laid out step by step, recomputed as the user types: collected parameters (encoded), the
 * parameter string, the base string in its three parts, the signing key (masked), the signature and the header.
 * Nonce and timestamp stay fixed until {@link #newNonceAndTimestamp()}, so the steps only change with the inputs.
 * Signing is microseconds of work, so it runs here on the FX thread.
 */
public final class Oauth1StepsViewModel {
    private static final java.util.regex.Pattern ENCODED = java.util.regex.Pattern.compile("%[0-9A-Fa-f]{2}");

    private final Oauth1Signer signer;
    private final Supplier<String> nonces;
    private final LongSupplier seconds;

    private final StringProperty method = new SimpleStringProperty("POST");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty formBody = new SimpleStringProperty("");
    private final BooleanProperty formBodyEncoded = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper formBodyOtherForm = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formBodyNote = new ReadOnlyStringWrapper("");
    private final StringProperty consumerKey = new SimpleStringProperty("");
    private final StringProperty consumerSecret = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty tokenSecret = new SimpleStringProperty("");
    private final StringProperty nonce = new SimpleStringProperty("");
    private final StringProperty timestamp = new SimpleStringProperty("");
    private final ObservableList<EncodedParam> parameters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper parameterString = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper baseMethod = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper baseUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper baseParameters = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signingKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signature = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringProperty bodyNote = new SimpleStringProperty("");
    private final BooleanProperty presenterMode = new SimpleBooleanProperty();

    public Oauth1StepsViewModel(Oauth1Signer signer, Supplier<String> nonces, LongSupplier seconds) {
        this.signer = signer;
        this.nonces = nonces;
        this.seconds = seconds;
        newNonceAndTimestamp();
        for (Observable input : List.of(method, url, formBody, formBodyEncoded, consumerKey, consumerSecret, token, tokenSecret, nonce, timestamp,
                presenterMode)) {
            input.addListener(changed -> recompute());
        }
        recompute();
    }

    /** What the step view says about a body it leaves out (a multipart form), empty for none. */
    public StringProperty bodyNoteProperty() {
        return bodyNote;
    }

    public void newNonceAndTimestamp() {
        nonce.set(nonces.get());
        timestamp.set(Long.toString(seconds.getAsLong()));
    }

    private void recompute() {
        if (url.get().isBlank() || consumerKey.get().isBlank()) {
            clear("Enter at least a URL and a consumer key.");
            return;
        }
        try {
            List<Param> form = readFormBody();
            String userToken = token.get().isBlank() ? null : token.get();
            Oauth1Trace trace = signer.sign(new Oauth1Request(method.get(), url.get().trim(), form, Map.of()),
                    new Oauth1Credentials(consumerKey.get(), consumerSecret.get(), userToken, userToken == null ? null : tokenSecret.get()),
                    nonce.get(), Long.parseLong(timestamp.get().trim()));
            Masking masking = new Masking(presenterMode.get(), consumerKey.get(), userToken, trace.signature());
            parameters.setAll(trace.collectedParameters().stream()
                    .map(p -> new EncodedParam(PercentEncoding.encode(p.name()), masking.apply(PercentEncoding.encode(p.value())))).toList());
            parameterString.set(masking.apply(trace.parameterString()));
            String[] parts = masking.apply(trace.baseString()).split("&", 3);
            baseMethod.set(parts[0]);
            baseUrl.set(parts.length > 1 ? parts[1] : "");
            baseParameters.set(parts.length > 2 ? parts[2] : "");
            signingKey.set(trace.maskedSigningKey());
            signature.set(masking.apply(trace.signature()));
            header.set(masking.apply(trace.authorizationHeader()));
            problem.set("");
        } catch (NumberFormatException e) {
            clear("The timestamp must be whole seconds since 1970.");
        } catch (IllegalArgumentException e) {
            clear(e.getMessage());
        }
    }

    /**
     * The body field as typed: raw (X's worked example lists {@code status=Hello Ladies + Gentlemen, …} this way) or
     * percent-encoded as sent, where {@code +} is a space. The other form is shown beside it, and a note when the text
     * looks typed in the other mode.
     */
    private List<Param> readFormBody() {
        String text = formBody.get();
        List<Param> form = formBodyEncoded.get() ? FormBody.fromEncoded(text) : FormBody.fromRaw(text);
        formBodyOtherForm.set(form.isEmpty() ? "" : formBodyEncoded.get() ? "As it reads: " + FormBody.raw(form)
                : "As sent (percent-encoded): " + FormBody.encoded(form));
        formBodyNote.set(formBodyEncoded.get() && text.contains("+")
                ? "Percent-encoded: each + is read as a space (form encoding). If you typed the text as it reads, choose raw."
                : !formBodyEncoded.get() && ENCODED.matcher(text).find()
                ? "Raw: %XX stays as typed and is encoded again (%25XX). If you pasted the body as sent, choose percent-encoded."
                : "");
        return form;
    }

    /**
     * Presenter mode shows the shape of every step but not the values that identify the App and the user, nor the
     * signature: each appears as its length, in every encoding the steps show it in.
     */
    private record Masking(boolean on, String consumerKey, String token, String signature) {
        String apply(String text) {
            if (!on) {
                return text;
            }
            String masked = text;
            for (String secret : new String[] {signature, consumerKey, token}) {
                if (secret != null && !secret.isEmpty()) {
                    String mark = "[" + secret.length() + " chars]";
                    String once = PercentEncoding.encode(secret);
                    masked = masked.replace(PercentEncoding.encode(once), mark).replace(once, mark).replace(secret, mark);
                }
            }
            return masked;
        }
    }

    private void clear(String message) {
        parameters.clear();
        for (ReadOnlyStringWrapper output : List.of(parameterString, baseMethod, baseUrl, baseParameters, signingKey, signature, header)) {
            output.set("");
        }
        problem.set(message);
    }

    public StringProperty methodProperty() { return method; }
    public StringProperty urlProperty() { return url; }
    public StringProperty formBodyProperty() { return formBody; }
    /** False (the default): the body is typed raw, as it reads; true: percent-encoded, as sent on the wire. */
    public BooleanProperty formBodyEncodedProperty() { return formBodyEncoded; }
    /** The body in the other form: encoded when typed raw, as it reads when typed encoded. */
    public ReadOnlyStringProperty formBodyOtherFormProperty() { return formBodyOtherForm.getReadOnlyProperty(); }
    /** Empty, or a sentence when the body looks typed in the other mode. */
    public ReadOnlyStringProperty formBodyNoteProperty() { return formBodyNote.getReadOnlyProperty(); }
    public StringProperty consumerKeyProperty() { return consumerKey; }
    public StringProperty consumerSecretProperty() { return consumerSecret; }
    public StringProperty tokenProperty() { return token; }
    public StringProperty tokenSecretProperty() { return tokenSecret; }
    public StringProperty nonceProperty() { return nonce; }
    public StringProperty timestampProperty() { return timestamp; }
    public ObservableList<EncodedParam> parameters() { return parameters; }
    public ReadOnlyStringProperty parameterStringProperty() { return parameterString.getReadOnlyProperty(); }
    public ReadOnlyStringProperty baseMethodProperty() { return baseMethod.getReadOnlyProperty(); }
    public ReadOnlyStringProperty baseUrlProperty() { return baseUrl.getReadOnlyProperty(); }
    public ReadOnlyStringProperty baseParametersProperty() { return baseParameters.getReadOnlyProperty(); }
    public ReadOnlyStringProperty signingKeyProperty() { return signingKey.getReadOnlyProperty(); }
    public ReadOnlyStringProperty signatureProperty() { return signature.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headerProperty() { return header.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** Masks the consumer key, the token and the signature in every step (see {@link Masking}). */
    public BooleanProperty presenterModeProperty() { return presenterMode; }
}
