package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.secret.SecretStore;
import dev.xinspect.core.report.HarSchema;
import dev.xinspect.core.report.Plant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated secrets planted in every {@link Plant} form, written to a file and run through every command-line output:
 * {@code explain} (text, json, markdown), {@code report}, and {@code export} as HAR, curl, HTTPie and xurl. Values
 * that are found only because the credential store holds them are put in the store of the tests' config folder for
 * the try. Nothing planted may be printed; the Post ID and {@code x-transaction-id} stay.
 */
class CliLeakPropertiesTest {
    private static final String STORE_KEY = "profile/cli-leak-test/oauth2-access-token";
    private static final String PARTNER_KEY = "profile/cli-leak-test/oauth2-refresh-token";

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("-_.~/+=")
                .ofMinLength(14).ofMaxLength(40).map(s -> "Q" + s + "7z");
    }

    @Property(tries = 80)
    void noCommandPrintsAPlantedSecret(@ForAll Plant plant, @ForAll("secrets") String generated, @ForAll("secrets") String partner)
            throws IOException {
        String secret = plant.secretFrom(generated);
        Path input = Files.createTempFile("capture", ".json");
        Files.writeString(input, CliRun.exchangeJson(plant.exchange(secret, partner)));
        SecretStore store = CliRun.CORE.secretStore();
        if (plant.known()) {
            store.write(STORE_KEY, secret);
            store.write(PARTNER_KEY, partner);
        }
        try {
            for (List<String> args : List.of(List.of("explain"), List.of("explain", "--format", "json"),
                    List.of("explain", "--format", "markdown"), List.of("report"), List.of("export", "--format", "har"),
                    List.of("export", "--format", "curl"), List.of("export", "--format", "httpie"),
                    List.of("export", "--format", "xurl"))) {
                String[] command = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of(input.toString()))
                        .toArray(String[]::new);
                CliRun run = new CliRun(command);
                assertEquals(0, run.exitCode, args + ": " + run.err());
                for (String value : List.of(plant.planted(secret), partner)) {
                    for (String form : Plant.formsOf(value)) {
                        assertFalse(run.out().contains(form), plant + ": " + args + " prints " + form + "\n" + run.out());
                    }
                }
                if (args.contains("har")) {
                    assertEquals(List.of(), HarSchema.problems(run.out()), run.out());
                    assertTrue(run.out().contains(Plant.TRANSACTION_ID) && run.out().contains(Plant.DATE), run.out());
                }
                if (args.equals(List.of("explain", "--format", "json"))) {
                    assertTrue(run.out().contains(Plant.TRANSACTION_ID), run.out());
                }
                if (args.get(0).equals("export") && plant != Plant.KNOWN_IN_PATH) {
                    assertTrue(run.out().contains(Plant.POST_ID), args + "\n" + run.out());
                }
            }
        } finally {
            store.delete(STORE_KEY);
            store.delete(PARTNER_KEY);
            Files.delete(input);
        }
    }
}
