/**
 * Everything that leaves the app: redaction (the one place that knows what a secret is), the community forum post,
 * HAR and curl, HTTPie and xurl exports. Every output passes through {@link dev.xinspect.core.report.Redactor}, whose
 * finders ({@code JsonMembers}, {@code NamedValues}, {@code SecretShapes}, {@code KnownSecrets}) report where secrets
 * are and {@code TextRedaction} rewrites a text once; headers, URLs and bodies are read by their structure first. No
 * JavaFX.
 */
package dev.xinspect.core.report;
