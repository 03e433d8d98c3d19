package dev.xinspect.core.report;

import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import java.util.ArrayList;
import java.util.List;

/** Writes a request as a Go program using {@code net/http}; the credential comes from {@code os.Getenv}. */
public final class GoNetHttpExporter {
    private final Redactor redactor;

    public GoNetHttpExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(SentRequest original) {
        CodeRequest request = CodeRequest.of(original, redactor);
        // Go refuses unused imports, so "os" and "strings" come only with a credential and a body.
        List<String> imports = new ArrayList<>(List.of("fmt", "io", "net/http"));
        request.auth().ifPresent(a -> imports.add("os"));
        if (!request.body().isEmpty()) {
            imports.add("strings");
        }
        StringBuilder code = new StringBuilder("package main\n\nimport (\n");
        imports.forEach(name -> code.append("\t\"").append(name).append("\"\n"));
        code.append(")\n\nfunc main() {\n");
        request.auth().filter(a -> !a.note().isEmpty()).ifPresent(a -> code.append("\t// ").append(a.note()).append('\n'));
        String body = request.body().isEmpty() ? "nil" : "strings.NewReader(" + CodeRequest.quote(request.body()) + ")";
        code.append("\treq, err := http.NewRequest(").append(CodeRequest.quote(request.method())).append(", ")
                .append(CodeRequest.quote(request.url())).append(", ").append(body).append(")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n");
        request.auth().ifPresent(a -> code.append("\treq.Header.Set(\"Authorization\", ")
                .append(a.expression("os.Getenv(" + CodeRequest.quote(a.variable()) + ")", "+")).append(")\n"));
        for (Header header : request.headers()) {
            code.append("\treq.Header.Add(").append(CodeRequest.quote(header.name())).append(", ")
                    .append(CodeRequest.quote(header.value())).append(")\n");
        }
        return code.append("""
                \tresp, err := http.DefaultClient.Do(req)
                \tif err != nil {
                \t\tpanic(err)
                \t}
                \tdefer resp.Body.Close()
                \tbody, err := io.ReadAll(resp.Body)
                \tif err != nil {
                \t\tpanic(err)
                \t}
                \tfmt.Println(resp.StatusCode)
                \tfmt.Println(string(body))
                }
                """).toString();
    }
}
