/**
 * Comparing two exchanges: a JSON-aware diff of the bodies (changed, added and removed keys by JSON path) and a
 * diff of the headers. Pure functions; no JavaFX.
 */
package dev.xinspect.core.compare;
