/**
 * The request a user built, the exchange that came back (request as sent, response, timings), sending with
 * {@code java.net.http}, and transport errors. No JavaFX here.
 */
package dev.xinspect.core.http;
