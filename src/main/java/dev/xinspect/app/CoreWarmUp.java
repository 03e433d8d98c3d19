package dev.xinspect.app;

/**
 * Builds the window's core before the JavaFX toolkit starts, and reads what the first frame needs from it (the
 * knowledge base and the diagnoser over it, which the inspector is built with) on a thread of its own while the
 * toolkit starts: on a second core that reading costs the first frame nothing.
 * {@code Application.launch} builds the application itself, so the core waits here for {@link #take()}.
 */
final class CoreWarmUp {
    private static volatile CoreWiring started;

    private CoreWarmUp() {
    }

    static void start() {
        CoreWiring core = CoreWiring.forThisMachine();
        Thread.ofPlatform().daemon().name("xinspect-warm-up").start(core::diagnoser); // synchronized: the FX thread waits for it
        started = core;
    }

    /** The core {@link #start()} built, once; else a new one (a window opened another way, as tests open it). */
    static CoreWiring take() {
        CoreWiring core = started;
        started = null;
        return core != null ? core : CoreWiring.forThisMachine();
    }
}
