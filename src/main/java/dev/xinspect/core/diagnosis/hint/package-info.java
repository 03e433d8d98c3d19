/**
 * Request-aware hints: small checks that compare the request actually sent with the response (clock skew, wrong
 * auth mode, read-only token writing, stream without rules, expired token, repeated query keys). One class each.
 */
package dev.xinspect.core.diagnosis.hint;
