package dev.xinspect.ui.viewmodel;

/** What the request editor's body is: text (JSON, a form, anything) or a multipart form of named parts. */
public enum BodyKind {
    TEXT("Text"), MULTIPART("Multipart form");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
