/**
 * The knowledge base (status codes, problem types, checklists as JSON resources), parsing of error bodies,
 * rate-limit headers and request-aware hints, all turned into a {@link dev.xinspect.core.diagnosis.Diagnosis}.
 * Pure functions of an exchange: no threads, no I/O beyond loading the bundled resources, no JavaFX.
 */
package dev.xinspect.core.diagnosis;
