package dev.xinspect.ui.view;

import javafx.scene.Scene;

/** The pulse that lays out a scene's first frame: the frame it renders is the first one the user sees. */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code laidOut} once, on the FX thread, at the end of the layout of the scene's first frame. */
    public static void whenLaidOut(Scene scene, Runnable laidOut) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            laidOut.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
