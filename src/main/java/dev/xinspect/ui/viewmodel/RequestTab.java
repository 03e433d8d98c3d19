package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.workspace.SavedRequest;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open request: what was typed, the saved file it stands for, the last response it got, and whether it has
 * changes not saved (the marker on its tab).
 */
public final class RequestTab {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper();
    private SavedRequest draft;
    private SavedRequest baseline;
    private CollectionsViewModel.Link link;
    private Exchange exchange;

    RequestTab(SavedRequest draft, SavedRequest baseline) {
        this.baseline = baseline;
        edited(draft);
    }

    void edited(SavedRequest now) {
        draft = now;
        unsaved.set(baseline == null || !sameRequest(now, baseline));
        title.set(!now.name().isEmpty() ? now.name() : baseline != null && !baseline.name().isEmpty() ? baseline.name() : shortTitle(now));
    }

    void saved(CollectionsViewModel.Link savedAs) {
        link = savedAs;
        baseline = savedAs == null ? null : savedAs.saved();
        edited(draft);
    }

    /** Method and path, the way Postman titles an unsaved tab: "GET /2/tweets/search/recent". */
    static String shortTitle(SavedRequest request) {
        String url = request.url();
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        path = path.replaceFirst("^\\{\\{\\w+}}", "").replaceFirst("^https?://[^/]*", "");
        return request.method() + " " + (path.isEmpty() ? "/" : path);
    }

    /** The name is where a request is kept, not what it asks: renaming alone is not an unsaved change. */
    private static boolean sameRequest(SavedRequest a, SavedRequest b) {
        return a.method().equals(b.method()) && a.url().equals(b.url()) && a.headers().equals(b.headers())
                && a.body().equals(b.body()) && a.authProfile().equals(b.authProfile()) && a.disabledQuery().equals(b.disabledQuery())
                && a.parts().equals(b.parts());
    }

    SavedRequest draft() {
        return draft;
    }

    CollectionsViewModel.Link link() {
        return link;
    }

    Exchange exchange() {
        return exchange;
    }

    void answered(Exchange answer) {
        exchange = answer;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }
}
