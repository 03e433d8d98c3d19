package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class UrlParamsSyncTest {
    private final StringProperty url = new SimpleStringProperty("");
    private final ObservableList<KeyValueRow> params = FXCollections.observableArrayList(KeyValueRow.EXTRACTOR);

    private List<String> rows() {
        return params.stream().map(r -> (r.isEnabled() ? "" : "#") + r.getName() + "=" + r.getValue()).toList();
    }

    @Test
    void typingAUrlFillsTheTable() {
        new UrlParamsSync(url, params);

        url.set("{{baseUrl}}/2/tweets/search/recent?query=from%3Axdevelopers&max_results=10");

        assertEquals(List.of("query=from:xdevelopers", "max_results=10"), rows());
    }

    @Test
    void editingACellRewritesTheUrl() {
        url.set("https://api.x.com/2/tweets?ids=20");
        new UrlParamsSync(url, params);

        params.get(0).valueProperty().set("20,21");
        params.add(new KeyValueRow("tweet.fields", "created_at"));

        assertEquals("https://api.x.com/2/tweets?ids=20,21&tweet.fields=created_at", url.get());
    }

    @Test
    void aDisabledRowLeavesTheUrlButStaysInTheTable() {
        url.set("https://api.x.com/2/tweets?ids=20&expansions=author_id");
        new UrlParamsSync(url, params);

        params.get(1).enabledProperty().set(false);
        assertEquals("https://api.x.com/2/tweets?ids=20", url.get());

        url.set("https://api.x.com/2/tweets?ids=21");
        assertEquals(List.of("ids=21", "#expansions=author_id"), rows());
    }
}
