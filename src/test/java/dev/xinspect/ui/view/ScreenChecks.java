package dev.xinspect.ui.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * What the screen audit checks on one window, on the FX thread: text cut short (an ellipsis, a field's text wider
 * than the field, a label past the window's edge), text below WCAG AA contrast (4.5:1) against the pixels behind it
 * in a snapshot, text not derived from the root font size, and secrets on screen.
 */
final class ScreenChecks {
    static final double MIN_CONTRAST = 4.5;

    private final Scene scene;
    private final String where;
    private final List<String> problems = new ArrayList<>();
    private WritableImage snapshot;

    ScreenChecks(Scene scene, String where) {
        this.scene = scene;
        this.where = where;
    }

    List<String> problems() {
        return problems;
    }

    /** Takes the snapshot the contrast check reads, and writes it as a PNG. */
    ScreenChecks snapshot(Path png) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        snapshot = scene.snapshot(null);
        ScreenshotFile.write(snapshot, png);
        return this;
    }

    ScreenChecks noTextCutShort() {
        for (Node node : visibleNodes()) {
            if (node instanceof Labeled labeled) {
                checkLabeled(labeled);
            } else if (node instanceof TextField field && !(node instanceof PasswordField)) {
                checkField(field);
            }
        }
        return this;
    }

    private void checkLabeled(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst()
                .ifPresent(shown -> {
                    if (!squeezed(shown.getText()).equals(squeezed(text))) {
                        problems.add(where + ": cut short: " + describe(labeled) + " shows \"" + shown.getText() + "\"");
                    }
                });
        offWindow(labeled);
    }

    private void checkField(TextField field) {
        String text = field.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        Text measure = new Text(text);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (measure.getLayoutBounds().getWidth() > room + 1) {
            problems.add(where + ": text wider than its field: " + describe(field) + " (" + Math.round(measure.getLayoutBounds().getWidth())
                    + " px in " + Math.round(room) + " px)");
        }
        offWindow(field);
    }

    /**
     * A control past the window's edge, or past the edge of a split or tab that clips it, that no scroll pane or
     * list can bring back.
     */
    private void offWindow(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Bounds room = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.ScrollPane pane) {
                clippedByScrollPane(node, bounds, pane);
                return;
            }
            if (scrolls(up) || tabsInTheirMenu(up)) {
                return;
            }
            if (up.getClip() != null) {
                room = intersectOrEmpty(room, up.localToScene(up.getClip().getBoundsInParent()));
            }
        }
        if (bounds.getMaxX() > room.getMaxX() + 1 || bounds.getMaxY() > room.getMaxY() + 1) {
            problems.add(where + ": past the edge of its window or pane: " + describe(node) + " at " + Math.round(bounds.getMaxX())
                    + "," + Math.round(bounds.getMaxY()));
        }
    }

    /**
     * A scroll pane brings back what it clips only on an axis whose scroll bar shows: a request line in a pane that
     * never scrolls sideways hides its right end for good, though it "sits in a scroll pane".
     */
    private void clippedByScrollPane(Node node, Bounds bounds, javafx.scene.control.ScrollPane pane) {
        Node viewport = pane.lookup(".viewport");
        if (viewport == null) {
            return;
        }
        Bounds room = viewport.localToScene(viewport.getLayoutBounds());
        boolean pastX = bounds.getMaxX() > room.getMaxX() + 1;
        boolean pastY = bounds.getMaxY() > room.getMaxY() + 1;
        if ((pastX && !barShown(pane, javafx.geometry.Orientation.HORIZONTAL)) || (pastY && !barShown(pane, javafx.geometry.Orientation.VERTICAL))) {
            problems.add(where + ": clipped by a scroll pane that cannot scroll to it: " + describe(node) + " at "
                    + Math.round(bounds.getMaxX()) + "," + Math.round(bounds.getMaxY()) + " in " + Math.round(room.getMaxX()) + ","
                    + Math.round(room.getMaxY()));
        }
    }

    private static boolean barShown(javafx.scene.control.ScrollPane pane, javafx.geometry.Orientation orientation) {
        return pane.getChildrenUnmodifiable().stream().filter(javafx.scene.control.ScrollBar.class::isInstance)
                .map(javafx.scene.control.ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == orientation && bar.isVisible());
    }

    /** Tabs that do not fit are listed in the tab pane's menu (its arrow shows then); a clipped tab with no arrow is lost. */
    private static boolean tabsInTheirMenu(Node node) {
        return node.getStyleClass().contains("tab-header-area") && node.lookup(".control-buttons-tab") instanceof Node arrow
                && arrow.isVisible() && node.lookup(".control-buttons-tab .tab-down-button") instanceof Node down && down.isVisible();
    }

    /** Containers whose content the user scrolls to: what they clip is not lost. */
    private static boolean scrolls(Node node) {
        return node instanceof javafx.scene.control.ScrollPane || node instanceof javafx.scene.control.skin.VirtualFlow<?>
                || node instanceof javafx.scene.control.TextInputControl || node.getClass().getName().startsWith("org.fxmisc.")
                || node instanceof javafx.scene.control.skin.TableHeaderRow || node instanceof javafx.scene.control.ToolBar;
    }

    private static Bounds intersectOrEmpty(Bounds a, Bounds b) {
        Bounds both = intersect(a, b);
        return both == null ? new BoundingBox(a.getMinX(), a.getMinY(), 0, 0) : both;
    }

    /** Every visible text has at least 4.5:1 against the most common colour behind it in the snapshot. */
    ScreenChecks contrastAtLeastAA() {
        for (Node node : visibleNodes()) {
            if (!(node instanceof Text text) || text.getText() == null || text.getText().strip().length() < 2 || node.isDisabled()
                    || !(text.getFill() instanceof Color fill)) {
                continue;
            }
            Bounds area = visibleArea(text);
            if (area == null || area.getWidth() < 3 || area.getHeight() < 3) {
                continue;
            }
            double opacity = fill.getOpacity() * effectiveOpacity(text);
            if (opacity < 0.02) {
                continue;
            }
            Color behind = mostCommonColour(area);
            Color shown = blend(fill, opacity, behind);
            double ratio = contrast(shown, behind);
            if (ratio < MIN_CONTRAST) {
                problems.add(String.format(Locale.ROOT, "%s: contrast %.2f:1 for %s \"%s\" (%s on %s)", where, ratio,
                        describe(owner(text)), snippet(text.getText()), hex(shown), hex(behind)));
            }
        }
        return this;
    }

    /** Every visible text is at least 80% of the root font size: nothing stays small when presenter mode enlarges. */
    ScreenChecks textFollowsRootFont(double rootFontSize) {
        for (Node node : visibleNodes()) {
            if (node instanceof Text text && text.getText() != null && !text.getText().isBlank() && visibleArea(text) != null
                    && text.getFont().getSize() < rootFontSize * 0.8) {
                problems.add(String.format(Locale.ROOT, "%s: %.1f px text under a %.1f px root: %s \"%s\"", where,
                        text.getFont().getSize(), rootFontSize, describe(owner(text)), snippet(text.getText())));
            }
        }
        return this;
    }

    /** No visible text holds one of the given secrets (presenter mode). */
    ScreenChecks noSecretShown(List<String> secrets) {
        for (Node node : visibleNodes()) {
            if (node instanceof Text text && text.getText() != null && visibleArea(text) != null) {
                secrets.stream().filter(secret -> text.getText().contains(secret)).findFirst().ifPresent(secret ->
                        problems.add(where + ": a secret is on screen in presenter mode: " + describe(owner(text))));
            }
        }
        return this;
    }

    private List<Node> visibleNodes() {
        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    /** The part of a node on screen: inside the window and inside every clip above it (scroll panes, lists); null if none. */
    private Bounds visibleArea(Node node) {
        Bounds area = intersect(node.localToScene(node.getBoundsInLocal()), new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
        for (Node up = node; up != null && area != null; up = up.getParent()) {
            if (up.getClip() != null) {
                area = intersect(area, up.localToScene(up.getClip().getBoundsInParent()));
            }
        }
        return area;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static double effectiveOpacity(Node node) {
        double opacity = 1;
        for (Node up = node; up != null; up = up.getParent()) {
            opacity *= up.getOpacity();
        }
        return opacity;
    }

    /** The background: glyphs cover a minority of a text's box, so the most common pixel colour is what lies behind. */
    private Color mostCommonColour(Bounds area) {
        PixelReader pixels = snapshot.getPixelReader();
        int x0 = (int) Math.floor(area.getMinX());
        int y0 = (int) Math.floor(area.getMinY());
        int x1 = Math.min((int) Math.ceil(area.getMaxX()), (int) snapshot.getWidth());
        int y1 = Math.min((int) Math.ceil(area.getMaxY()), (int) snapshot.getHeight());
        int step = Math.max(1, (int) Math.sqrt((double) (x1 - x0) * (y1 - y0) / 4000));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = y0; y < y1; y += step) {
            for (int x = x0; x < x1; x += step) {
                counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
            }
        }
        int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    private static Color blend(Color fill, double opacity, Color behind) {
        return new Color(fill.getRed() * opacity + behind.getRed() * (1 - opacity),
                fill.getGreen() * opacity + behind.getGreen() * (1 - opacity),
                fill.getBlue() * opacity + behind.getBlue() * (1 - opacity), 1);
    }

    /** WCAG 2.1 contrast ratio, from relative luminance (sRGB). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static Node owner(Text text) {
        Node up = text.getParent();
        while (up != null && !(up instanceof javafx.scene.control.Control) && up.getId() == null) {
            up = up.getParent();
        }
        return up == null ? text : up;
    }

    private static String describe(Node node) {
        String label = node instanceof Labeled l ? " \"" + snippet(l.getText()) + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + label;
    }

    private static String snippet(String text) {
        String one = text == null ? "" : text.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }

    /** Text as a label shows it, minus wrapping, white space and mnemonic underscores. */
    private static String squeezed(String text) {
        return text == null ? "" : text.replaceAll("[\\s_]", "");
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
