package dev.xinspect.ui.viewmodel;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Callback;

/** One editable row of a parameter or header table: a name, a value, and whether it is sent. */
public final class KeyValueRow {
    /** Lets an observable list report edits inside its rows, not only added and removed rows. */
    public static final Callback<KeyValueRow, Observable[]> EXTRACTOR =
            row -> new Observable[] {row.enabled, row.name, row.value};

    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");

    public KeyValueRow(String name, String value) {
        this.name.set(name);
        this.value.set(value);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    public String getName() {
        return name.get();
    }

    public String getValue() {
        return value.get();
    }

    public boolean isBlank() {
        return getName().isBlank() && getValue().isBlank();
    }
}
