/**
 * Display formatting that is pure logic: JSON pretty-printing and per-line highlighting spans. The views call these
 * off the FX thread and only apply the results; nothing here knows about JavaFX.
 */
package dev.xinspect.core.format;
