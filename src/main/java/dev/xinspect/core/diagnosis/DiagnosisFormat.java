package dev.xinspect.core.diagnosis;

/** The output formats of {@link DiagnosisWriter}: plain text for terminals, JSON for tools, Markdown for posts. */
public enum DiagnosisFormat {
    TEXT, JSON, MARKDOWN
}
