/**
 * The OAuth 1.0a three-legged flow that gets a user's access token and secret (request token, authorize, access
 * token), signed with {@link dev.xinspect.core.auth.Oauth1Signer}. The signer, its trace and the verifier live in
 * {@code dev.xinspect.core.auth}.
 */
package dev.xinspect.core.auth.oauth1;
