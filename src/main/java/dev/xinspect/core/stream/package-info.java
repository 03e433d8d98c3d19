/**
 * Reading X's streams as they arrive: one thread only reads bytes into a bounded buffer of lines, another classifies
 * them (Posts, keep-alives, disconnect messages); an idle watchdog ends a silent connection; X's reconnect policy
 * says when to try again; a linter checks filtered-stream rules before they are sent. No JavaFX.
 */
package dev.xinspect.core.stream;
