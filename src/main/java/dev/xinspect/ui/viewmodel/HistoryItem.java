package dev.xinspect.ui.viewmodel;

/** A history row as the list shows it: when (UTC time of day), what (status, method, URL). */
public record HistoryItem(long id, String time, String label) {
    @Override
    public String toString() {
        return time + "  " + label;
    }
}
