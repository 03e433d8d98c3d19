/**
 * X's webhooks and the Account Activity API, seen from the receiving side: the Challenge-Response Check
 * ({@code crc_token} → {@code response_token}), the {@code x-twitter-webhooks-signature} of each delivered event, and
 * the events a receiver has been sent. Pure computation and plain records; no HTTP server and no JavaFX here (the
 * sandbox hosts the receiver).
 */
package dev.xinspect.core.webhook;
