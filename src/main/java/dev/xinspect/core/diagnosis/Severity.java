package dev.xinspect.core.diagnosis;

/** How much a finding matters: an error explains a failure, a warning a risk, info a fact worth knowing. */
public enum Severity {
    ERROR, WARNING, INFO
}
