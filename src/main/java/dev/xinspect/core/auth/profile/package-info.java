/**
 * Credential profiles at work: the books that hold them (saved profiles for X, the built-in sandbox identities),
 * turning a profile into the auth of one request (refreshing an OAuth 2.0 token that is about to expire), and the
 * flows that put tokens into a profile (mint a Bearer token, PKCE sign-in, OAuth 1.0a three-legged), each reported
 * step by step. Where secrets are kept is {@code core.auth.secret}'s job; showing them is the UI's, after redaction.
 */
package dev.xinspect.core.auth.profile;
