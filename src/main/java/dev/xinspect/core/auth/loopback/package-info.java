/**
 * Catching an OAuth redirect on this machine (RFC 8252 §7.3): a one-shot HTTP listener on the loopback addresses
 * only, at the port and path registered for the app, plus the {@link dev.xinspect.core.auth.loopback.BrowserLauncher}
 * seam that opens the authorize page in the system browser (never an embedded web view, RFC 8252 §8.12).
 */
package dev.xinspect.core.auth.loopback;
