/**
 * The X API endpoint catalog, read from an OpenAPI 3 spec in X's format (X's own {@code /2/openapi.json}, or the
 * sandbox's): every endpoint's method, path template, parameters with their allowed values, and the auth modes it
 * accepts. It matches concrete URLs to endpoints, completes typed paths, and checks a request before it is sent
 * (auth mode, query parameters). Fetching X's spec happens only on demand and its copy is cached atomically.
 * No JavaFX here; the UI reads these results through its view models.
 */
package dev.xinspect.core.catalog;
