package dev.xinspect.core.sandbox;

/** A named sandbox behaviour for teaching: what it does and what to look at, in a sentence or two. */
public record Scenario(String name, String title, String lesson) {
}
