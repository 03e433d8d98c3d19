package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.report.CurlCommandParser;
import dev.xinspect.core.report.ImportedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Import curl editor: the pasted text exactly as pasted, and, as it changes, the request it sends (or the one
 * sentence saying why a shell would not run it) and the notes. A credential that looks real is offered to move into
 * a secret variable. Reading a command takes microseconds, so it runs on the FX thread.
 */
public final class ImportCurlViewModel {
    /** {@code Bearer <token>} or {@code Basic <base64>} with a literal value long enough to be a real credential. */
    private static final Pattern REAL_CREDENTIAL = Pattern.compile("(Bearer|Basic) ([A-Za-z0-9._~+/%=-]{20,})");

    private final RequestViewModel target;
    private final BiConsumer<String, String> keepSecret;
    private final StringProperty command = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper secretOffer = new ReadOnlyStringWrapper("");
    private final BooleanProperty moveToSecret = new SimpleBooleanProperty(true);
    private ImportedRequest parsed;

    /** @param keepSecret stores a secret variable (name, value) in the current environment */
    public ImportCurlViewModel(RequestViewModel target, BiConsumer<String, String> keepSecret) {
        this.target = target;
        this.keepSecret = keepSecret;
        command.addListener((obs, old, text) -> read(text));
    }

    private void read(String text) {
        parsed = null;
        notes.clear();
        secretOffer.set("");
        if (text == null || text.isBlank()) {
            preview.set("");
            error.set("");
            canImport.set(false);
            return;
        }
        try {
            parsed = new CurlCommandParser().parse(text);
            error.set("");
            preview.set(describe(parsed));
            notes.setAll(parsed.notes());
            String credential = parsed.header("authorization");
            Matcher real = credential == null ? null : REAL_CREDENTIAL.matcher(credential);
            if (real != null && real.matches()) {
                secretOffer.set("Move the " + real.group(1) + " credential into the secret variable {{" + secretName(real.group(1)) + "}}");
            }
        } catch (CurlCommandParser.NotCurlException e) {
            preview.set("");
            error.set(e.getMessage());
        }
        canImport.set(parsed != null);
    }

    /** Fills the request editor; false when the text is not a command to import. */
    public boolean importRequest() {
        if (parsed == null) {
            return false;
        }
        ImportedRequest request = parsed;
        if (!secretOffer.get().isEmpty() && moveToSecret.get()) {
            request = withSecretVariable(request);
        }
        target.load(request);
        return true;
    }

    private ImportedRequest withSecretVariable(ImportedRequest request) {
        List<Header> headers = new ArrayList<>();
        for (Header header : request.headers()) {
            Matcher real = REAL_CREDENTIAL.matcher(header.value());
            if (header.hasName("authorization") && real.matches()) {
                String name = secretName(real.group(1));
                keepSecret.accept(name, real.group(2));
                headers.add(new Header(header.name(), real.group(1) + " {{" + name + "}}"));
            } else {
                headers.add(header);
            }
        }
        return new ImportedRequest(request.method(), request.url(), headers, request.body(), request.parts(),
                request.variables(), request.notes());
    }

    private static String secretName(String scheme) {
        return scheme.toLowerCase(Locale.ROOT).equals("bearer") ? "BEARER_TOKEN" : "BASIC_CREDENTIALS";
    }

    /** The request as it will be sent: request line, headers, then the body or the parts, then the variables. */
    private static String describe(ImportedRequest request) {
        StringBuilder text = new StringBuilder(request.method()).append(' ').append(request.url()).append('\n');
        request.headers().forEach(h -> text.append(h.name()).append(": ").append(h.value()).append('\n'));
        if (request.isMultipart()) {
            text.append("\nmultipart/form-data:\n");
            for (FormPart part : request.parts()) {
                text.append("  ").append(part.name()).append(part.isFile() ? " = file " + part.file() : " = " + part.value())
                        .append(part.contentType().isEmpty() ? "" : " (" + part.contentType() + ")").append('\n');
            }
        } else if (request.body() != null) {
            text.append('\n').append(request.body()).append('\n');
        }
        if (!request.variables().isEmpty()) {
            text.append("\nVariables: ").append(String.join(", ", request.variables().stream().map(v -> "{{" + v + "}}").toList()));
        }
        return text.toString().stripTrailing();
    }

    /** The pasted text, every character kept (tabs, line breaks, trailing spaces). */
    public StringProperty commandProperty() {
        return command;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the text cannot be imported, in one sentence with line and column; empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** The offer to move a real-looking credential into a secret variable; empty when there is none. */
    public ReadOnlyStringProperty secretOfferProperty() {
        return secretOffer.getReadOnlyProperty();
    }

    public BooleanProperty moveToSecretProperty() {
        return moveToSecret;
    }
}
