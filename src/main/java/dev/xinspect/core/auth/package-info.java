/**
 * Authentication for X API requests: the OAuth 1.0a signer and its step-by-step trace, the signature verifier and
 * its lint, OAuth 2.0 app-only Bearer tokens, Authorization Code with PKCE and its loopback receiver, JWT inspection,
 * credential profiles and the secret store. No JavaFX and no printing here: every result is a value a view model or
 * the CLI can show. Secrets never appear in {@code toString()} or exception messages.
 */
package dev.xinspect.core.auth;
