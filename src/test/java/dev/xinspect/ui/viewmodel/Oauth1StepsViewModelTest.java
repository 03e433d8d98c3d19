package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.Oauth1Signer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X's worked example in the step-by-step signer, and presenter mode hiding what identifies the App and the user. */
class Oauth1StepsViewModelTest {
    private static final String KEY = "xvz1evFS4wEEPTGEFPHBog";
    private static final String TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
    private static final String SIGNATURE = "Ls93hJiZbQ3akF3HF3x1Bz8/zU4=";

    private Oauth1StepsViewModel xsExample() {
        Oauth1StepsViewModel vm = new Oauth1StepsViewModel(new Oauth1Signer(), () -> "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
                () -> 1318622958L);
        vm.methodProperty().set("POST");
        vm.urlProperty().set("https://api.x.com/1.1/statuses/update.json?include_entities=true");
        vm.formBodyEncodedProperty().set(true);
        vm.formBodyProperty().set("status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");
        vm.consumerKeyProperty().set(KEY);
        vm.consumerSecretProperty().set("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw");
        vm.tokenProperty().set(TOKEN);
        vm.tokenSecretProperty().set("LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
        return vm;
    }

    @Test
    void xsWorkedExampleSignsToItsPublishedSignature() {
        Oauth1StepsViewModel vm = xsExample();

        assertEquals(SIGNATURE, vm.signatureProperty().get());
        assertTrue(vm.baseParametersProperty().get().contains("oauth_consumer_key%3D" + KEY));
    }

    @Test
    void presenterModeMasksTheConsumerKeyTheTokenAndTheSignatureEverywhere() {
        Oauth1StepsViewModel vm = xsExample();

        vm.presenterModeProperty().set(true);

        List<String> shown = List.of(vm.parameterStringProperty().get(), vm.baseParametersProperty().get(),
                vm.signatureProperty().get(), vm.headerProperty().get(), vm.parameters().toString());
        for (String text : shown) {
            assertFalse(text.contains(KEY) || text.contains(TOKEN) || text.contains("Ls93hJiZbQ3akF3HF3x1Bz8"), text);
        }
        assertTrue(vm.headerProperty().get().contains("oauth_signature=\"[28 chars]\""), vm.headerProperty().get());
        vm.presenterModeProperty().set(false);
        assertEquals(SIGNATURE, vm.signatureProperty().get());
    }

    // X's "Creating a signature" lists the status as "Hello Ladies + Gentlemen, a signed OAuth request!": typed so, raw.
    @Test
    void xsWorkedExampleTypedAsListedGivesXsSignatureInRawModeAndShowsTheEncodedForm() {
        Oauth1StepsViewModel vm = xsExample();
        vm.formBodyEncodedProperty().set(false);
        vm.formBodyProperty().set("status=Hello Ladies + Gentlemen, a signed OAuth request!");

        assertEquals(SIGNATURE, vm.signatureProperty().get());
        assertEquals("As sent (percent-encoded): status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21",
                vm.formBodyOtherFormProperty().get());
        assertEquals("", vm.formBodyNoteProperty().get());
    }

    @Test
    void theEncodedBodyShowsHowItReadsAndAPlusTypedInTheWrongModeIsSaid() {
        Oauth1StepsViewModel vm = xsExample();
        assertEquals("As it reads: status=Hello Ladies + Gentlemen, a signed OAuth request!", vm.formBodyOtherFormProperty().get());

        vm.formBodyProperty().set("status=Hello Ladies + Gentlemen, a signed OAuth request!");
        assertTrue(!vm.signatureProperty().get().equals(SIGNATURE));
        assertTrue(vm.formBodyNoteProperty().get().startsWith("Percent-encoded: each + is read as a space"));
    }
}
