package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python, JavaScript, Java and Go code for the requests people send most (a JSON write with a Bearer token, a signed
 * read with a query): compared with golden files, compiled or syntax-checked by each language's own tool where it is
 * installed, and never holding the credential.
 */
class CodeExportersTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/code");
    private static final Redactor REDACTOR = Redactor.withoutKnownSecrets();
    private static final String BEARER = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F";
    private static final String OAUTH1 = "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
            + "oauth_signature=\"tnnArxj06cWHq44gCs1OSKk%2FjLY%3D\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
            + "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", oauth_version=\"1.0\"";

    /** A Post whose text holds what breaks naive quoting: quotes, a backslash, a newline, a tab, an emoji, a BOM, a NUL; raw line breaks and tabs around it. */
    private static SentRequest createPost() {
        String text = "say \\\"hi\\\" \\\\ to\\nall\\t🎉 \uFEFF\\u0000 ${HOME} `x` $(id)";
        return new SentRequest("POST", "https://api.x.com/2/tweets",
                Headers.of("Authorization", "Bearer " + BEARER, "Content-Type", "application/json", "Content-Length", "99",
                        "X-Client-Note", "it's \"quoted\""),
                Body.ofText("{\n\t\"text\": \"" + text + "\"\n}\n"));
    }

    private static SentRequest signedRead() {
        return new SentRequest("GET", "https://api.x.com/2/users/by/username/XDevelopers?user.fields=created_at,description",
                Headers.of("Authorization", OAUTH1, "Accept", "application/json"), Body.EMPTY);
    }

    private static Map<String, Function<SentRequest, String>> writers() {
        Map<String, Function<SentRequest, String>> writers = new LinkedHashMap<>();
        writers.put("py", new PythonRequestsExporter(REDACTOR)::export);
        writers.put("mjs", new JavaScriptFetchExporter(REDACTOR)::export);
        writers.put("java", new JavaHttpClientExporter(REDACTOR)::export);
        writers.put("go", new GoNetHttpExporter(REDACTOR)::export);
        return writers;
    }

    @Test
    void eachLanguageMatchesItsGoldenFile() throws IOException {
        for (Map.Entry<String, Function<SentRequest, String>> writer : writers().entrySet()) {
            for (Map.Entry<String, SentRequest> request : Map.of("create-post", createPost(), "signed-read", signedRead()).entrySet()) {
                Path golden = GOLDEN.resolve(request.getKey() + "." + writer.getKey());
                assertEquals(Files.readString(golden), writer.getValue().apply(request.getValue()), golden.toString());
            }
        }
    }

    @Test
    void theCredentialIsReadFromTheEnvironmentNeverInline() {
        for (Function<SentRequest, String> writer : writers().values()) {
            String post = writer.apply(createPost());
            String read = writer.apply(signedRead());
            assertFalse(post.contains(BEARER) || post.contains("0%2BuSeid"), post);
            assertTrue(post.contains("BEARER_TOKEN"), post);
            assertFalse(read.contains("tnnArxj06cWHq44gCs1OSKk") || read.contains("370773112-GmHx"), read);
            assertTrue(read.contains("OAUTH1_AUTHORIZATION") && read.contains("sign a fresh header"), read);
        }
    }

    @Test
    void pythonCompiles(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("python3"), "python3 is not installed");
        for (SentRequest request : List.of(createPost(), signedRead())) {
            Path file = Files.writeString(dir.resolve("request.py"), new PythonRequestsExporter(REDACTOR).export(request));
            assertEquals("", run(dir, "python3", "-m", "py_compile", file.toString()));
        }
    }

    @Test
    void javaScriptPassesNodeCheck(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("node"), "node is not installed");
        for (SentRequest request : List.of(createPost(), signedRead())) {
            Path file = Files.writeString(dir.resolve("request.mjs"), new JavaScriptFetchExporter(REDACTOR).export(request));
            assertEquals("", run(dir, "node", "--check", file.toString()));
        }
    }

    @Test
    void javaCompiles(@TempDir Path dir) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (SentRequest request : List.of(createPost(), signedRead())) {
            Path file = Files.writeString(dir.resolve("XRequest.java"), new JavaHttpClientExporter(REDACTOR).export(request));
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            assertEquals(0, javac.run(null, null, errors, "-d", dir.resolve("classes").toString(), file.toString()),
                    errors.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void goVets(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("go"), "go is not installed");
        for (SentRequest request : List.of(createPost(), signedRead())) {
            Path file = Files.writeString(dir.resolve("main.go"), new GoNetHttpExporter(REDACTOR).export(request));
            assertEquals("", run(dir, "go", "vet", file.toString()));
        }
    }

    /** Whatever a string holds, its literal is the same string back (the literal is valid JSON, which all four share). */
    @Property(tries = 300)
    void quotedLiteralReadsBackAsTheSameText(@ForAll String text) throws Exception {
        String literal = CodeRequest.quote(text);
        assertEquals(text, new ObjectMapper().readValue(literal, String.class));
        assertTrue(literal.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0xfeff || c == 0x2028), literal);
    }

    private static boolean onPath(String tool) {
        return System.getenv("PATH") != null && List.of(System.getenv("PATH").split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /** Runs a tool; returns what it printed when it failed, else "". */
    private static String run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        return process.exitValue() == 0 ? "" : output;
    }
}
