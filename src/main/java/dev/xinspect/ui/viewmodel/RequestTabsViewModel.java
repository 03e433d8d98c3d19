package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.workspace.OpenTabs;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Request tabs, composed from the one request editor, response and diagnosis: each tab keeps what was typed, the
 * saved file it stands for and its last response, and hands them back to the editor and the inspector when it is
 * shown again. The open tabs are kept when the window closes and reopened at the next start.
 */
public final class RequestTabsViewModel {
    /** What the tabs work through: the editor, the inspector and the collections' link to a saved file. */
    public record Editor(Supplier<SavedRequest> snapshot, Consumer<SavedRequest> open, Consumer<Exchange> showResponse,
                         Runnable clearResponse, Supplier<CollectionsViewModel.Link> link, Consumer<CollectionsViewModel.Link> relink) {
    }

    private final Editor editor;
    private final SavedRequest fresh;
    private final Consumer<OpenTabs.State> keep;
    private final ObservableList<RequestTab> tabs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RequestTab> selected = new ReadOnlyObjectWrapper<>();
    private boolean switching;

    /**
     * @param fresh    the request a new tab starts with
     * @param restored the tabs left open last time; none: one tab with what the editor holds now
     * @param keep     writes the open tabs (called by {@link #keep()})
     */
    public RequestTabsViewModel(Editor editor, SavedRequest fresh, OpenTabs.State restored, Consumer<OpenTabs.State> keep) {
        this.editor = editor;
        this.fresh = fresh;
        this.keep = keep;
        if (restored.drafts().isEmpty()) {
            RequestTab first = new RequestTab(editor.snapshot().get(), null);
            tabs.add(first);
            selected.set(first);
        } else {
            restored.drafts().forEach(draft -> tabs.add(new RequestTab(draft, null)));
            show(tabs.get(restored.selected()));
        }
    }

    /** Opens a new tab with a fresh request and shows it; the tab left keeps its request and response. */
    public void newTab() {
        RequestTab tab = new RequestTab(fresh, null);
        tabs.add(tab);
        select(tab);
    }

    public void select(RequestTab tab) {
        if (tab == null || tab == selected.get()) {
            return;
        }
        remember();
        show(tab);
    }

    /** Closes a tab; closing the one shown shows its neighbour, and the last tab closed leaves a fresh one. */
    public void close(RequestTab tab) {
        int index = tabs.indexOf(tab);
        if (index < 0) {
            return;
        }
        if (tabs.size() == 1) {
            tabs.set(0, new RequestTab(fresh, null));
            show(tabs.get(0));
            return;
        }
        tabs.remove(index);
        if (tab == selected.get()) {
            show(tabs.get(Math.min(index, tabs.size() - 1)));
        }
    }

    /** The editor changed: the tab shown updates its title and unsaved marker. */
    public void editorChanged() {
        if (!switching && selected.get() != null) {
            selected.get().edited(editor.snapshot().get());
        }
    }

    /** A response arrived for the tab shown. */
    public void answered(Exchange exchange) {
        if (!switching && selected.get() != null && exchange != null) {
            selected.get().answered(exchange);
        }
    }

    /** The tab shown was saved to (or opened from) a file of the collections. */
    public void linked() {
        if (!switching && selected.get() != null) {
            selected.get().saved(editor.link().get());
        }
    }

    /** Writes the open tabs for the next start. */
    public void keep() {
        remember();
        keep.accept(new OpenTabs.State(tabs.stream().map(RequestTab::draft).toList(), Math.max(0, tabs.indexOf(selected.get()))));
    }

    private void remember() {
        RequestTab shown = selected.get();
        if (shown != null) {
            shown.edited(editor.snapshot().get());
        }
    }

    private void show(RequestTab tab) {
        switching = true;
        try {
            selected.set(tab);
            editor.open().accept(tab.draft());
            editor.relink().accept(tab.link());
            if (tab.exchange() == null) {
                editor.clearResponse().run();
            } else {
                editor.showResponse().accept(tab.exchange());
            }
        } finally {
            switching = false;
        }
        tab.edited(editor.snapshot().get());
    }

    public ObservableList<RequestTab> tabs() {
        return FXCollections.unmodifiableObservableList(tabs);
    }

    public ReadOnlyObjectProperty<RequestTab> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
