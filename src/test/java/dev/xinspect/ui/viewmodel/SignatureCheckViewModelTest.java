package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.NonceLedger;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Oauth1Verifier;
import dev.xinspect.core.auth.Param;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Check a signature" with X's documented OAuth 1.0a example. */
class SignatureCheckViewModelTest {
    private static final Oauth1Credentials X = new Oauth1Credentials("xvz1evFS4wEEPTGEFPHBog",
            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
    private static final long TS = 1318622958L;
    private static final String URL = "https://api.x.com/1.1/statuses/update.json?include_entities=true";

    private SignatureCheckViewModel filled(long now, List<Param> signedForm) {
        SignatureCheckViewModel vm = new SignatureCheckViewModel(new Oauth1Verifier(Clock.fixed(Instant.ofEpochSecond(now),
                ZoneOffset.UTC), new NonceLedger()));
        vm.headerProperty().set(new Oauth1Signer().sign(new Oauth1Request("POST", URL, signedForm, Map.of()), X,
                "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", TS).authorizationHeader());
        vm.methodProperty().set("POST");
        vm.urlProperty().set(URL);
        vm.formBodyProperty().set("status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");
        vm.consumerSecretProperty().set(X.consumerSecret());
        vm.tokenSecretProperty().set(X.tokenSecret());
        return vm;
    }

    private static final List<Param> STATUS = List.of(new Param("status", "Hello Ladies + Gentlemen, a signed OAuth request!"));

    @Test
    void xsExampleMatchesAndTheSameHeaderCheckedAgainIsAReusedNonce() {
        SignatureCheckViewModel vm = filled(TS + 10, STATUS);

        vm.check();
        assertEquals("The signature matches.", vm.verdictProperty().get());
        assertTrue(vm.matchesProperty().get());

        vm.check();
        assertFalse(vm.matchesProperty().get());
        assertEquals("The signature does not match: first difference at \"Nonce\".", vm.verdictProperty().get());
    }

    @Test
    void aBodyLeftOutAndAStaleTimestampAreNamed() {
        SignatureCheckViewModel vm = filled(TS + 7200, List.of());

        vm.check();
        assertEquals("The signature does not match: first difference at \"Timestamp\".", vm.verdictProperty().get());
        assertTrue(vm.resultProperty().get().contains("cause    The form body parameters were left out"), vm.resultProperty().get());
    }

    @Test
    void missingInputsAreNamedBeforeAnyCheck() {
        SignatureCheckViewModel vm = new SignatureCheckViewModel(new Oauth1Verifier(Clock.systemUTC(), new NonceLedger()));
        vm.check();
        assertTrue(vm.verdictProperty().get().startsWith("Paste the Authorization header"));
    }

    @Test
    void aVerdictGoesWhenAnInputItWasComputedFromChanges() {
        SignatureCheckViewModel vm = filled(TS + 10, STATUS);
        vm.check();
        assertEquals("The signature matches.", vm.verdictProperty().get());

        vm.consumerSecretProperty().set("another secret");

        assertEquals("", vm.verdictProperty().get(), "\"matches\" must not stand beside a secret it was not computed with");
        assertEquals("", vm.resultProperty().get());
        assertFalse(vm.matchesProperty().get());
    }
}
