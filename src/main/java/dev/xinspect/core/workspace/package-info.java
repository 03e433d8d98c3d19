/** What the app keeps on disk for the user: settings now; collections, environments and history later. Atomic writes. No JavaFX. */
package dev.xinspect.core.workspace;
