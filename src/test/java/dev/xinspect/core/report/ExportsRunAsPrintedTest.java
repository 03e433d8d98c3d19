package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every export is a command bash accepts as printed (bash -n), and a curl export imports back as the same request. */
class ExportsRunAsPrintedTest {
    private static final Redactor REDACTOR = Redactor.withoutKnownSecrets();

    static java.util.stream.Stream<CurlCorpusTest.Case> corpus() throws Exception {
        return CurlCorpusTest.corpus().filter(c -> !c.refused());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void curlHttpieAndXurlExportsOfEveryCorpusRequestPassBashN(CurlCorpusTest.Case fixture) throws Exception {
        ImportedRequest imported = new CurlCommandParser().parse(fixture.command());

        String curl = new CurlExporter(REDACTOR).export(imported.request(), imported.parts());
        assertBashAccepts(curl);
        assertBashAccepts(new HttpieExporter(REDACTOR).export(imported.request(), imported.parts()));
        assertBashAccepts(new XurlExporter(REDACTOR).export(imported.request(), null, imported.parts()));

        ImportedRequest again = new CurlCommandParser().parse(curl);
        assertEquals(imported.method(), again.method());
        assertEquals(imported.url(), again.url());
        assertEquals(imported.body() == null ? null : REDACTOR.redact(imported.request()).body().text(), again.body());
        assertEquals(imported.parts(), again.parts());
        assertEquals(imported.headers().stream().map(h -> h.name().toLowerCase(java.util.Locale.ROOT)).toList(),
                again.headers().stream().map(h -> h.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    @Test
    void anOauth1CurlExportKeepsItsNoteAboveTheCommandSoTheBodyStillReachesCurl() throws Exception {
        SentRequest signed = new SentRequest("POST", "https://api.x.com/2/tweets", Headers.of("Authorization",
                "OAuth oauth_consumer_key=\"k\", oauth_signature=\"s\"", "Content-Type", "application/json"), Body.ofText("{\"text\":\"hi\"}"));

        String curl = new CurlExporter(REDACTOR).export(signed);

        assertBashAccepts(curl);
        assertFalse(curl.lines().skip(1).anyMatch(line -> line.contains("#")), curl);
        ImportedRequest again = new CurlCommandParser().parse(curl);
        assertEquals("{\"text\":\"hi\"}", again.body());
        assertEquals("application/json", again.header("content-type"));
        assertEquals(List.of("OAUTH1_AUTHORIZATION"), again.variables());
        assertBashAccepts(new HttpieExporter(REDACTOR).export(signed));
        assertBashAccepts(new XurlExporter(REDACTOR).export(signed, AuthMode.BASIC));
    }

    static void assertBashAccepts(String script) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-n").redirectErrorStream(true).start();
        bash.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        bash.getOutputStream().close();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!bash.waitFor(10, TimeUnit.SECONDS)) {
            bash.destroyForcibly();
        }
        assertEquals(0, bash.exitValue(), () -> output + "\n" + script);
    }
}
