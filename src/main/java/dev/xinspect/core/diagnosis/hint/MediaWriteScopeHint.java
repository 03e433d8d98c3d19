package dev.xinspect.core.diagnosis.hint;

import com.auth0.jwt.interfaces.Claim;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.HintContext;
import dev.xinspect.core.diagnosis.RequestHint;
import dev.xinspect.core.diagnosis.Severity;
import dev.xinspect.core.http.AuthMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A 403 from a media upload call sent with an OAuth 2.0 user token: X's spec lists {@code media.write} for every
 * {@code /2/media/upload} operation, and tokens issued before an App asked for it lack it (makerprism/ocaml-social-sdk#25:
 * users had to authorize again). When the token shows its scopes (a JWT's {@code scope} claim) the hint names them.
 */
public final class MediaWriteScopeHint implements RequestHint {
    static final String SCOPE = "media.write";

    @Override
    public Optional<Finding> check(HintContext context) {
        if (context.status() != 403 || context.request() == null || !context.request().url().contains("/media/upload")) {
            return Optional.empty();
        }
        return SentAuthorization.of(context.request()).filter(auth -> auth.mode() == AuthMode.OAUTH2_USER).flatMap(auth -> {
            Optional<Set<String>> scopes = auth.bearerToken().flatMap(SentAuthorization::jwt).map(jwt -> jwt.getClaim("scope"))
                    .filter(claim -> !claim.isNull() && !claim.isMissing()).map(Claim::asString)
                    .map(text -> Set.of(text.trim().split("\\s+")));
            if (scopes.isPresent() && scopes.get().contains(SCOPE)) {
                return Optional.empty(); // the scope is there: the 403 has another cause
            }
            String granted = scopes.map(s -> String.join(" ", new java.util.TreeSet<>(s))).orElse("");
            return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:media-write-scope",
                    "Uploading media needs the media.write scope",
                    (scopes.isPresent() ? "The token was granted \"" + granted + "\", without media.write. "
                            : "The token's scopes cannot be read from it; a token without media.write is the usual cause. ")
                            + "Add media.write to the profile's scopes and sign in again: a token keeps the scopes it was issued with.",
                    scopes.isPresent() ? Map.of("scopes", granted) : Map.of(), List.of("authentication")));
        });
    }
}
