/**
 * Plain files that survive crashes and a second running instance: atomic replacement (temp file in the same folder,
 * forced, then moved over), corrupt files set aside and never deleted, an OS file lock per shared folder, and
 * refusing to overwrite a file that changed on disk since it was read. Knows bytes and paths, not what is in them.
 * No JavaFX.
 */
package dev.xinspect.core.storage;
