package dev.xinspect.ui.viewmodel;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Callback;

/** One editable variable of an environment: a name, a value, and whether the value is a secret (kept in the credential store). */
public final class VariableRow {
    /** Lets an observable list report edits inside its rows. */
    public static final Callback<VariableRow, Observable[]> EXTRACTOR = row -> new Observable[] {row.name, row.value, row.secret};

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final BooleanProperty secret = new SimpleBooleanProperty();

    public VariableRow(String name, String value, boolean secret) {
        this.name.set(name);
        this.value.set(value);
        this.secret.set(secret);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public BooleanProperty secretProperty() {
        return secret;
    }

    public String getName() {
        return name.get();
    }

    public String getValue() {
        return value.get();
    }

    public boolean isSecret() {
        return secret.get();
    }
}
