package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Keeps a URL and its parameter table in step, as Postman users expect: typing in the URL rewrites the table,
 * editing the table rewrites the URL. Disabled rows stay in the table but leave the URL. A guard stops the two
 * listeners from feeding each other.
 */
final class UrlParamsSync {
    private final StringProperty url;
    private final ObservableList<KeyValueRow> params;
    private boolean updating;

    UrlParamsSync(StringProperty url, ObservableList<KeyValueRow> params) {
        this.url = url;
        this.params = params;
        url.addListener((obs, old, now) -> urlEdited(now));
        params.addListener((ListChangeListener<KeyValueRow>) change -> tableEdited());
        urlEdited(url.get());
    }

    private void urlEdited(String newUrl) {
        if (updating) {
            return;
        }
        updating = true;
        try {
            List<KeyValueRow> disabled = params.stream().filter(row -> !row.isEnabled()).toList();
            List<KeyValueRow> rows = QueryString.parse(newUrl == null ? "" : newUrl).stream()
                    .map(p -> new KeyValueRow(p.name(), p.value()))
                    .toList();
            params.setAll(rows);
            params.addAll(disabled);
        } finally {
            updating = false;
        }
    }

    /** The rows switched off (they are not in the URL): a loaded request's, replacing the ones there were. */
    void replaceDisabled(List<QueryParam> disabled) {
        updating = true;
        try {
            params.removeIf(row -> !row.isEnabled());
            params.addAll(disabled.stream().map(p -> {
                KeyValueRow row = new KeyValueRow(p.name(), p.value());
                row.enabledProperty().set(false);
                return row;
            }).toList());
        } finally {
            updating = false;
        }
    }

    private void tableEdited() {
        if (updating) {
            return;
        }
        updating = true;
        try {
            List<QueryParam> enabled = params.stream()
                    .filter(KeyValueRow::isEnabled)
                    .filter(row -> !row.isBlank())
                    .map(row -> new QueryParam(row.getName(), row.getValue()))
                    .toList();
            url.set(QueryString.join(url.get() == null ? "" : url.get(), enabled));
        } finally {
            updating = false;
        }
    }
}
