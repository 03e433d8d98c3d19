package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.stream.NdjsonRecorder;
import dev.xinspect.core.workspace.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Secrets generated at random, planted in every form of {@link Plant}, run through every output the core writes: the
 * redacted exchange, the forum post, the HAR (which must also stay valid HAR 1.2), curl, HTTPie and xurl commands,
 * the history on disk, the stream recorder and a log line. None may survive in any encoding; Post and user IDs,
 * {@code x-transaction-id}, the date and the words around stay readable.
 */
class RedactionPropertiesTest {
    private static final Diagnoser DIAGNOSER = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(),
            EndpointAuthModes.UNKNOWN, StandardHints.all());
    private static final List<String> READABLE = List.of(Plant.POST_ID, Plant.USER_ID, Plant.TRANSACTION_ID, Plant.DATE, Plant.WORDS);

    /** Tokens as X and OAuth servers issue them: letters, digits and URL-safe punctuation, with a digit in them. */
    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("-_.~/+=")
                .ofMinLength(14).ofMaxLength(48).map(s -> "Q" + s + "7z");
    }

    @Property(tries = 400)
    void noPlantedSecretSurvivesAnyOutput(@ForAll Plant plant, @ForAll("secrets") String generated, @ForAll("secrets") String partner)
            throws IOException {
        String secret = plant.secretFrom(generated);
        Exchange exchange = plant.exchange(secret, partner);
        Redactor redactor = plant.known() ? new Redactor(List.of(secret, partner)) : Redactor.withoutKnownSecrets();
        String raw = render(exchange);

        for (Map.Entry<String, String> output : outputs(exchange, redactor).entrySet()) {
            for (String value : List.of(plant.planted(secret), partner)) {
                for (String form : Plant.formsOf(value)) {
                    assertFalse(output.getValue().contains(form), plant + ": " + output.getKey() + " leaks " + form + "\n" + output.getValue());
                }
            }
        }
        Map<String, String> outputs = outputs(exchange, redactor);
        for (String name : List.of("redacted exchange", "HAR", "history on disk")) {
            for (String readable : READABLE) {
                if (raw.contains(readable)) {
                    assertTrue(outputs.get(name).contains(readable), plant + ": " + name + " lost " + readable + "\n" + outputs.get(name));
                }
            }
        }
        assertTrue(outputs.get("forum post").contains(Plant.TRANSACTION_ID), outputs.get("forum post"));
        assertTrue(outputs.get("curl").contains(Plant.POST_ID) || plant == Plant.KNOWN_IN_PATH, outputs.get("curl"));
    }

    @Property(tries = 200)
    void harExportsStayValidHar12(@ForAll Plant plant, @ForAll("secrets") String secret, @ForAll("secrets") String partner) {
        String har = new HarExporter(new Redactor(List.of(secret))).export(List.of(plant.exchange(plant.secretFrom(secret), partner)));

        assertEquals(List.of(), HarSchema.problems(har), har);
    }

    @Property(tries = 300)
    void redactingTwiceChangesNothing(@ForAll Plant plant, @ForAll("secrets") String secret, @ForAll("secrets") String partner) {
        Redactor redactor = new Redactor(List.of(secret));
        Exchange once = redactor.redact(plant.exchange(plant.secretFrom(secret), partner));

        assertEquals(render(once), render(redactor.redact(once)));
        String text = render(plant.exchange(plant.secretFrom(secret), partner));
        assertEquals(redactor.redactText(text), redactor.redactText(redactor.redactText(text)));
    }

    private static Map<String, String> outputs(Exchange exchange, Redactor redactor) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("redacted exchange", render(redactor.redact(exchange)));
        outputs.put("log line", redactor.redactText(render(exchange)));
        outputs.put("forum post", new ForumPostDrafter(redactor).draft(new ForumPostRequest(exchange, DIAGNOSER.diagnose(exchange),
                "", "", List.of(), "", "")).markdown());
        outputs.put("HAR", new HarExporter(redactor).export(List.of(exchange)));
        outputs.put("curl", new CurlExporter(redactor).export(exchange.request()));
        outputs.put("HTTPie", new HttpieExporter(redactor).export(exchange.request()));
        outputs.put("xurl", new XurlExporter(redactor).export(exchange.request(), null));
        outputs.put("history on disk", historyOnDisk(exchange, redactor));
        outputs.put("stream recorder", recorded(exchange.response().body().text(), redactor));
        return outputs;
    }

    /** Every file the history writes (entry and index) for one exchange. */
    private static String historyOnDisk(Exchange exchange, Redactor redactor) throws IOException {
        Path folder = Files.createTempDirectory("history");
        try (History history = new History(10, 1_000_000, folder, () -> redactor, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))) {
            history.add(exchange, Instant.parse("2026-11-24T10:00:00Z"));
        }
        return filesUnder(folder);
    }

    private static String recorded(String line, Redactor redactor) throws IOException {
        Path file = Files.createTempFile("stream", ".ndjson");
        try (NdjsonRecorder recorder = NdjsonRecorder.start(file, 10, redactor::redactText)) {
            recorder.record(line);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    /** Every part of an exchange as text; bodies byte for byte (Latin-1), so nothing hides in a binary body. */
    static String render(Exchange exchange) {
        List<String> parts = new ArrayList<>();
        parts.add(exchange.request().method() + " " + exchange.request().url());
        exchange.request().headers().list().stream().map(h -> h.name() + ": " + h.value()).forEach(parts::add);
        parts.add(new String(exchange.request().body().bytes(), StandardCharsets.ISO_8859_1));
        parts.add(String.valueOf(exchange.response().status()));
        exchange.response().headers().list().stream().map(h -> h.name() + ": " + h.value()).forEach(parts::add);
        parts.add(new String(exchange.response().body().bytes(), StandardCharsets.ISO_8859_1));
        return String.join("\n", parts);
    }
}
