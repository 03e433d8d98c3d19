/** Wiring: the JavaFX application, the CLI entry and the one place that builds every object. */
package dev.xinspect.app;
