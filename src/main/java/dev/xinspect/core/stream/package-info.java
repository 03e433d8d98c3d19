/**
 * Reading X's streams as they arrive: one thread only reads bytes into a bounded buffer of lines, another classifies
 * them (Posts, keep-alives, disconnect messages); an idle watchdog ends a silent connection; a session reconnects on
 * X's schedule; a timeline in UTC records connections, gaps and rule changes; Posts can be recorded to NDJSON; the
 * filtered stream's rules are listed, added and deleted, and linted before they are sent. No JavaFX.
 */
package dev.xinspect.core.stream;
