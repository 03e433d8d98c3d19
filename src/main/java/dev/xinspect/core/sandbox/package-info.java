/**
 * The embedded X API sandbox: a real HTTP server on 127.0.0.1 that answers like the X API v2, checks auth for real
 * (OAuth 1.0a signatures with the project's signer, Bearer tokens, PKCE, JWT access tokens), counts rate limits and
 * usage caps, streams with keep-alives, and plays named scenarios for workshops. Never listens beyond loopback.
 */
package dev.xinspect.core.sandbox;
