/**
 * Expansions made readable: each Post of an answer's {@code data} joined with the objects its IDs point to in
 * {@code includes} (author and mentioned users, media, referenced Posts, place, poll), and every reference that did
 * not resolve, with X's partial error for it where the answer has one. No JavaFX here.
 */
package dev.xinspect.core.expansion;
