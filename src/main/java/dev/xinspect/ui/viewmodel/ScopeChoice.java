package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.oauth2.Oauth2Scope;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One OAuth 2.0 scope in the picker: X's name for it, our one-line explanation, and whether it is asked for. */
public final class ScopeChoice {
    private final Oauth2Scope scope;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public ScopeChoice(Oauth2Scope scope, boolean initiallySelected) {
        this.scope = scope;
        this.selected.set(initiallySelected);
    }

    public String wireName() {
        return scope.wireName();
    }

    public String explanation() {
        return scope.explanation();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
