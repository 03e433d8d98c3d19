package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.SignedBody;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 5849 §3.4.1.3: a multipart body is not in the OAuth 1.0a base string, and the step view says so. */
class MultipartSignatureTest {
    @Test
    void onlyAFormUrlencodedBodyIsSigned() {
        assertTrue(SignedBody.isSigned("application/x-www-form-urlencoded; charset=UTF-8"));
        assertFalse(SignedBody.isSigned("multipart/form-data; boundary=x"));
        assertFalse(SignedBody.isSigned("application/json"));
        assertEquals("", SignedBody.whyNotSigned("application/json"));
    }

    @Test
    void theStepViewFollowingAMultipartRequestSaysWhyItsPartsAreNotSigned() {
        RequestViewModel request = new RequestViewModel((r, auth) -> Exchange.of(r, ReceivedResponse.of(200, Headers.EMPTY, "{}")),
                Map::of, List.of(AuthOption.none()), exchange -> { }, Runnable::run, Runnable::run);
        Oauth1StepsViewModel steps = SignatureFollower.follow(new Oauth1StepsViewModel(new Oauth1Signer(), () -> "n", () -> 1L),
                request, null, Runnable::run, Runnable::run);
        assertEquals("", steps.bodyNoteProperty().get());

        request.bodyKindProperty().set(BodyKind.MULTIPART);

        assertTrue(steps.bodyNoteProperty().get().startsWith("The body is multipart/form-data: RFC 5849 §3.4.1.3 signs only"));
        assertEquals("", steps.formBodyProperty().get(), "no part reaches the parameter string");
    }
}
