package dev.xinspect.ui.viewmodel;

/** One URL completion as the list shows it: the endpoint, its summary, and the URL it puts in the field. */
public record EndpointSuggestion(String label, String summary, String url) {
    @Override
    public String toString() {
        return summary.isEmpty() ? label : label + "  —  " + summary;
    }
}
