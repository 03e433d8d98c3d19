package dev.xinspect.ui.view;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * One root font size every style derives from: the settings' size, times the presenter factor while presenting. It
 * is published as a small stylesheet in the main window's list, which every child window and dialog follows, so
 * they all grow and shrink together (xinspect.css sizes text in em).
 */
public final class Look {
    private static final String GENERATED = "data:text/css;base64,";

    private final ObservableList<String> stylesheets;
    private int fontSize = 13;
    private int presenterPercent = 150;
    private boolean presenting;

    /** @param scene the main window's scene, whose stylesheets child windows follow */
    public Look(Scene scene) {
        this.stylesheets = scene.getStylesheets();
        scene.getRoot().getProperties().put(Look.class, this);
        publish();
    }

    /** The root font size of the window a dialog is opened from (13 px when it has none). */
    static double rootFontSizeOf(Window window) {
        for (Window up = window; up != null; up = up instanceof javafx.stage.Stage stage ? stage.getOwner() : null) {
            if (up.getScene() != null && up.getScene().getRoot().getProperties().get(Look.class) instanceof Look look) {
                return look.rootFontSize();
            }
        }
        return 13;
    }

    public void setFontSize(int points) {
        fontSize = points;
        publish();
    }

    /** How much presenter mode enlarges, 125 to 200 percent. */
    public void setPresenterPercent(int percent) {
        presenterPercent = percent;
        publish();
    }

    public void setPresenting(boolean on) {
        presenting = on;
        publish();
    }

    /** The root font size in pixels that every window uses now. */
    public double rootFontSize() {
        return presenting ? fontSize * presenterPercent / 100.0 : fontSize;
    }

    private void publish() {
        double root = rootFontSize();
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }%n", root);
        String sheet = GENERATED + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        stylesheets.removeIf(existing -> existing.startsWith(GENERATED));
        stylesheets.add(sheet);
    }

    /** Makes a window's scene follow the main window's stylesheets, the root font size among them. */
    public static void follow(Scene scene, List<String> stylesheets) {
        if (stylesheets instanceof ObservableList<String> live) {
            Bindings.bindContent(scene.getStylesheets(), live);
        } else {
            scene.getStylesheets().addAll(stylesheets);
        }
    }

    /** Owns a dialog by a window and gives it that window's stylesheets (theme extras, root font size). */
    public static void own(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            // A dialog's sheets sit on its pane, not its scene: a dialog opened from a dialog follows that pane.
            ObservableList<String> sheets = owner.getScene().getRoot() instanceof DialogPane pane
                    ? pane.getStylesheets() : owner.getScene().getStylesheets();
            Bindings.bindContent(dialog.getDialogPane().getStylesheets(), sheets);
        }
    }
}
