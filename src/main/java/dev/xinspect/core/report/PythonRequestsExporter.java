package dev.xinspect.core.report;

import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;

/** Writes a request as a Python script using {@code requests}; the credential comes from {@code os.environ}. */
public final class PythonRequestsExporter {
    private final Redactor redactor;

    public PythonRequestsExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(SentRequest original) {
        CodeRequest request = CodeRequest.of(original, redactor);
        StringBuilder code = new StringBuilder("import os\n\nimport requests\n\n");
        request.auth().filter(a -> !a.note().isEmpty()).ifPresent(a -> code.append("# ").append(a.note()).append('\n'));
        code.append("response = requests.request(\n    ").append(CodeRequest.quote(request.method())).append(",\n    ")
                .append(CodeRequest.quote(request.url())).append(",\n    headers={\n");
        request.auth().ifPresent(a -> code.append("        \"Authorization\": ")
                .append(a.expression("os.environ[" + CodeRequest.quote(a.variable()) + "]", " + ")).append(",\n"));
        for (Header header : request.headers()) {
            code.append("        ").append(CodeRequest.quote(header.name())).append(": ").append(CodeRequest.quote(header.value())).append(",\n");
        }
        code.append("    },\n");
        if (!request.body().isEmpty()) {
            code.append("    data=").append(CodeRequest.quote(request.body())).append(".encode(\"utf-8\"),\n");
        }
        return code.append(")\nprint(response.status_code)\nprint(response.text)\n").toString();
    }
}
