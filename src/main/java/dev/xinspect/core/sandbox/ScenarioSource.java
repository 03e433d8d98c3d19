package dev.xinspect.core.sandbox;

/** The scenario in force for the request being handled: the request's header, else the sandbox's selection. */
@FunctionalInterface
interface ScenarioSource {
    String current();
}
