package dev.xinspect.ui.viewmodel;

/** A history row as the list shows it: when (UTC time of day), what (status, method, URL), and whether a body was cut. */
public record HistoryItem(long id, String time, String label, boolean truncated) {
    @Override
    public String toString() {
        return time + "  " + label;
    }
}
