package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.report.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    private static final String SECRET = "CANARYenvironmentSecret77";
    private final RequestViewModel request = new RequestViewModel((sent, auth) -> {
        throw new AssertionError("exports never send");
    }, () -> Map.of("baseUrl", "https://api.x.com", "token", SECRET),
            List.of(new AuthOption("App", AuthMode.OAUTH2_APP_ONLY, null, "App")),
            exchange -> { }, Runnable::run, Runnable::run);
    private final ExportViewModel vm = new ExportViewModel(request, () -> new Redactor(List.of(SECRET)), Runnable::run, Runnable::run);

    @Test
    void theEditorsRequestBecomesEachCommandWithNoSecretInIt() {
        request.load("POST", "{{baseUrl}}/2/tweets", List.of(new dev.xinspect.core.http.Header("X-Debug", "{{token}}")), "{\"text\":\"hi\"}");

        assertEquals(Optional.of("""
                curl -X POST 'https://api.x.com/2/tweets' \\
                  -H 'X-Debug: [redacted: stored secret]' \\
                  -H 'Content-Type: application/json' \\
                  -H "Authorization: Bearer $BEARER_TOKEN" \\
                  --data-raw '{"text":"hi"}'"""), vm.command(ExportViewModel.Format.CURL));
        assertEquals(Optional.of("""
                http POST 'https://api.x.com/2/tweets' \\
                  'X-Debug:[redacted: stored secret]' \\
                  Authorization:"Bearer $BEARER_TOKEN" \\
                  'text=hi'"""), vm.command(ExportViewModel.Format.HTTPIE));
        assertEquals(Optional.of("""
                xurl -X POST '/2/tweets' \\
                  -H 'X-Debug: [redacted: stored secret]' \\
                  -d '{"text":"hi"}' \\
                  --auth app"""), vm.command(ExportViewModel.Format.XURL));
    }

    @Test
    void theEditorsRequestBecomesCodeInEachLanguageReadingTheTokenFromTheEnvironment() {
        request.load("POST", "{{baseUrl}}/2/tweets", List.of(new dev.xinspect.core.http.Header("X-Debug", "{{token}}")), "{\"text\":\"hi\"}");

        Map<ExportViewModel.Format, String> reads = Map.of(ExportViewModel.Format.PYTHON, "os.environ[\"BEARER_TOKEN\"]",
                ExportViewModel.Format.JAVASCRIPT, "process.env.BEARER_TOKEN", ExportViewModel.Format.JAVA,
                "System.getenv(\"BEARER_TOKEN\")", ExportViewModel.Format.GO, "os.Getenv(\"BEARER_TOKEN\")");
        reads.forEach((format, read) -> {
            String code = vm.command(format).orElseThrow();
            org.junit.jupiter.api.Assertions.assertTrue(code.contains("\"Bearer \"") && code.contains(read), code);
            org.junit.jupiter.api.Assertions.assertTrue(code.contains("https://api.x.com/2/tweets"), code);
            org.junit.jupiter.api.Assertions.assertFalse(code.contains(SECRET), code);
        });
    }

    @Test
    void anUnknownVariableIsAMessageNotACommand() {
        request.urlProperty().set("{{host}}/2/users/me");

        assertEquals(Optional.empty(), vm.command(ExportViewModel.Format.CURL));
        assertEquals("Not exported: Unknown variable {{host}} in the current environment.", vm.messageProperty().get());
    }

    @Test
    void selectedExchangesBecomeOneRedactedHarFile(@TempDir Path dir) throws Exception {
        Exchange one = Exchange.of(SentRequest.of("GET", "https://api.x.com/2/users/me", Headers.of("Authorization", "Bearer " + SECRET)),
                ReceivedResponse.of(200, Headers.EMPTY, "{}"));
        Exchange two = Exchange.of(SentRequest.of("GET", "https://api.x.com/2/tweets/1", Headers.EMPTY), ReceivedResponse.of(404, Headers.EMPTY, "{}"));
        Path file = dir.resolve("two.har");

        assertTrue(vm.exportHar(List.of(one, two), file).join());

        assertEquals("Exported 2 exchanges to two.har (redacted).", vm.messageProperty().get());
        String har = Files.readString(file);
        assertFalse(har.contains("CANARY"));
        assertEquals(2, new ExchangeReader().read(har).size());
        assertFalse(vm.exportHar(List.of(), file).join());
    }
}
