package dev.xinspect.core.report;

import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;

/**
 * Writes a request as a JavaScript module using {@code fetch} (Node 18+, top-level await); the credential comes from
 * {@code process.env}.
 */
public final class JavaScriptFetchExporter {
    private final Redactor redactor;

    public JavaScriptFetchExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(SentRequest original) {
        CodeRequest request = CodeRequest.of(original, redactor);
        StringBuilder code = new StringBuilder();
        request.auth().filter(a -> !a.note().isEmpty()).ifPresent(a -> code.append("// ").append(a.note()).append('\n'));
        code.append("const response = await fetch(").append(CodeRequest.quote(request.url())).append(", {\n  method: ")
                .append(CodeRequest.quote(request.method())).append(",\n  headers: {\n");
        request.auth().ifPresent(a -> code.append("    \"Authorization\": ")
                .append(a.expression("process.env." + a.variable(), " + ")).append(",\n"));
        for (Header header : request.headers()) {
            code.append("    ").append(CodeRequest.quote(header.name())).append(": ").append(CodeRequest.quote(header.value())).append(",\n");
        }
        code.append("  },\n");
        if (!request.body().isEmpty()) {
            code.append("  body: ").append(CodeRequest.quote(request.body())).append(",\n");
        }
        return code.append("});\nconsole.log(response.status);\nconsole.log(await response.text());\n").toString();
    }
}
