/**
 * View models: state and commands as {@code javafx.beans} properties and observable lists. They call the core
 * off the FX thread through injected executors and never touch {@code javafx.scene}, so plain JUnit tests them.
 */
package dev.xinspect.ui.viewmodel;
