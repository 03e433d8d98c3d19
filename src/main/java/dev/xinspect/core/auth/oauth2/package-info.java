/**
 * OAuth 2.0 for the X API: Authorization Code with PKCE (authorize URL, state, scopes, code exchange, refresh,
 * revoke) and app-only Bearer tokens (mint, invalidate). Every HTTP call goes through an injected
 * {@link java.net.http.HttpClient} to configurable {@link dev.xinspect.core.auth.OAuthEndpoints}. No JavaFX.
 */
package dev.xinspect.core.auth.oauth2;
