/**
 * Everything that leaves the app: redaction (the one place that knows what a secret is), the community forum post,
 * HAR and curl exports. Every output passes through {@link dev.xinspect.core.report.Redactor}. No JavaFX.
 */
package dev.xinspect.core.report;
