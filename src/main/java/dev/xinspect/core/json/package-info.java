/**
 * The one place that builds Jackson factories and mappers, with read limits chosen for a desktop inspector, and the
 * one sentence a user reads when a document goes past them. What the JSON means stays with its reader.
 */
package dev.xinspect.core.json;
