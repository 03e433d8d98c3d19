/** Views: JavaFX nodes, CSS and RichTextFX areas that bind to view models. They build, bind and forward; no decisions. */
package dev.xinspect.ui.view;
