package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.FormBody;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Verification;
import dev.xinspect.core.auth.Oauth1VerificationText;
import dev.xinspect.core.auth.Oauth1Verifier;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Check a signature": a pasted {@code Authorization: OAuth} header, the request it was sent with and the secrets, in;
 * each check, the first difference and the causes found (a base-string part, a parameter, an encoding, the timestamp
 * window, a nonce checked before in this window) out. Checking is microseconds of work, so it runs on the FX thread,
 * on {@link #check()} only: the verifier remembers nonces, and every keystroke must not count as a use.
 */
public final class SignatureCheckViewModel {
    private final Oauth1Verifier verifier;

    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty method = new SimpleStringProperty("GET");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty formBody = new SimpleStringProperty("");
    private final StringProperty consumerSecret = new SimpleStringProperty("");
    private final StringProperty tokenSecret = new SimpleStringProperty("");
    private final StringProperty loggedBaseString = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper matches = new ReadOnlyBooleanWrapper();

    /** @param verifier one per window, with a nonce ledger, so checking the same header twice names the reused nonce */
    public SignatureCheckViewModel(Oauth1Verifier verifier) {
        this.verifier = verifier;
        // "Signature matches" must not stand beside a header or secret it was not computed from.
        for (StringProperty input : List.of(header, method, url, formBody, consumerSecret, tokenSecret, loggedBaseString)) {
            input.addListener((obs, old, now) -> show("", "", false));
        }
    }

    public void check() {
        if (header.get().isBlank() || url.get().isBlank() || consumerSecret.get().isEmpty()) {
            show("Paste the Authorization header, the method and URL it was sent with, and the consumer secret.", "", false);
            return;
        }
        Oauth1Verification verification;
        try {
            verification = verifier.verify(new Oauth1Request(method.get().strip(), url.get().strip(),
                            FormBody.fromEncoded(formBody.get()), Map.of()), header.get(), consumerSecret.get(),
                    tokenSecret.get().isEmpty() ? null : tokenSecret.get(), loggedBaseString.get());
        } catch (IllegalArgumentException e) {
            show(e.getMessage(), "", false);
            return;
        }
        java.util.List<String> lines = Oauth1VerificationText.lines(verification);
        show(lines.get(lines.size() - 1), String.join("\n", lines.subList(0, lines.size() - 1)), verification.signatureMatches());
    }

    private void show(String summary, String details, boolean ok) {
        verdict.set(summary);
        result.set(details);
        matches.set(ok);
    }

    public StringProperty headerProperty() { return header; }
    public StringProperty methodProperty() { return method; }
    public StringProperty urlProperty() { return url; }
    /** The {@code application/x-www-form-urlencoded} body as sent; JSON bodies are not signed. */
    public StringProperty formBodyProperty() { return formBody; }
    public StringProperty consumerSecretProperty() { return consumerSecret; }
    public StringProperty tokenSecretProperty() { return tokenSecret; }
    /** Optional: the base string the client logged, to name the part and parameter that differ. */
    public StringProperty loggedBaseStringProperty() { return loggedBaseString; }
    /** One line per check and cause. */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    /** The verdict, or what is missing before a check can run. */
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty matchesProperty() { return matches.getReadOnlyProperty(); }
}
