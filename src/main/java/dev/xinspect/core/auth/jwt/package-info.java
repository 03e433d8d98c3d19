/**
 * Decoding a token that is a JWT (RFC 7519) with java-jwt, to show its header, claims and expiry. Decoding only:
 * the signature is not verified, and X's own tokens, which are opaque, are reported as "not a JWT".
 */
package dev.xinspect.core.auth.jwt;
