package dev.xinspect.core.report;

import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;

/**
 * Writes a request as a Java program using {@code java.net.http.HttpClient} (Java 11+; runs with
 * {@code java XRequest.java}); the credential comes from {@code System.getenv}.
 */
public final class JavaHttpClientExporter {
    private final Redactor redactor;

    public JavaHttpClientExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(SentRequest original) {
        CodeRequest request = CodeRequest.of(original, redactor);
        StringBuilder code = new StringBuilder("""
                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;

                public class XRequest {
                    public static void main(String[] args) throws Exception {
                """);
        request.auth().filter(a -> !a.note().isEmpty()).ifPresent(a -> code.append("        // ").append(a.note()).append('\n'));
        String publisher = request.body().isEmpty() ? "HttpRequest.BodyPublishers.noBody()"
                : "HttpRequest.BodyPublishers.ofString(" + CodeRequest.quote(request.body()) + ")";
        code.append("        HttpRequest request = HttpRequest.newBuilder(URI.create(").append(CodeRequest.quote(request.url()))
                .append("))\n                .method(").append(CodeRequest.quote(request.method())).append(", ").append(publisher).append(")\n");
        request.auth().ifPresent(a -> code.append("                .header(\"Authorization\", ")
                .append(a.expression("System.getenv(" + CodeRequest.quote(a.variable()) + ")", " + ")).append(")\n"));
        for (Header header : request.headers()) {
            code.append("                .header(").append(CodeRequest.quote(header.name())).append(", ")
                    .append(CodeRequest.quote(header.value())).append(")\n");
        }
        return code.append("""
                                .build();
                        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
                        System.out.println(response.statusCode());
                        System.out.println(response.body());
                    }
                }
                """).toString();
    }
}
