package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.FormPart;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Callback;

/** One editable part of a multipart form body: a name with a text value, or with a file path (then the value is unused). */
public final class FormPartRow {
    /** Lets an observable list report edits inside its rows. */
    public static final Callback<FormPartRow, Observable[]> EXTRACTOR = row -> new Observable[] {row.name, row.value, row.file, row.type};

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("");
    private String filename = "";

    public FormPartRow(FormPart part) {
        name.set(part.name());
        value.set(part.value());
        file.set(part.file());
        type.set(part.contentType());
        filename = part.filename();
    }

    public FormPartRow() {
        this(FormPart.text("", ""));
    }

    /** The part as typed, {@code {{variables}}} unresolved. */
    public FormPart part() {
        return new FormPart(name.get().strip(), value.get(), file.get().strip(), type.get().strip(), filename);
    }

    public boolean isBlank() {
        return name.get().isBlank() && value.get().isBlank() && file.get().isBlank();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** A file path: the part sends that file's bytes; empty for a text part. */
    public StringProperty fileProperty() {
        return file;
    }

    /** The part's media type; empty for the default (none for text, a guess from the extension for a file). */
    public StringProperty typeProperty() {
        return type;
    }
}
