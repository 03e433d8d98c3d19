/**
 * What the app keeps on disk for the user: settings, the workspace folder (collections of saved requests,
 * environments; plain diff-friendly files with no secret in them) and the history of exchanges (redacted, bounded,
 * indexed). Writes go through {@code core.storage}: atomic, locked against a second instance, checked for changes
 * made elsewhere. No JavaFX.
 */
package dev.xinspect.core.workspace;
