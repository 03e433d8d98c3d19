/**
 * Workshop kits: lessons as plain JSON files ({@code workshops/<name>.json}), their steps and expectations, checking a
 * student's exchange against them, the built-in lessons, progress kept across restarts, rehearsing every step against
 * the embedded sandbox, and authoring (a draft from a collection, a folder to hand out). No JavaFX here: the window's
 * student panel and {@code xinspect workshop} are two faces over this package.
 */
package dev.xinspect.core.workshop;
