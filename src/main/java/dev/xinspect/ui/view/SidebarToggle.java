package dev.xinspect.ui.view;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;

/**
 * Shows and hides the left sidebar (the toolbar's *Sidebar* button, or Ctrl+\ as in Postman and Insomnia), and folds
 * it away while presenter mode runs in a window too narrow for it and the request side by side: at 1024 px and 150 %
 * the sidebar would be cut to a sliver. A sidebar the presenter opens again stays open until presenter mode ends.
 */
final class SidebarToggle {
    /** Below this width (px) presenter mode leaves no room for the sidebar beside the request and response. */
    static final double NARROW_FOR_PRESENTER = 1400;

    private final SplitPane sides;
    private final ToggleButton button = new ToggleButton("Sidebar");
    private Node sidebar;
    private double position = 0.2;
    private boolean presenting;
    private boolean foldedForPresenter;
    private boolean presenterChose;

    SidebarToggle(SplitPane sides) {
        this.sides = sides;
        button.setId("sidebarToggle");
        button.setVisible(false);
        button.setManaged(false);
        button.selectedProperty().addListener((obs, old, shown) -> apply(shown));
        button.setOnAction(e -> presenterChose = presenting);
    }

    ToggleButton button() {
        return button;
    }

    /** Puts {@code panel} at the left, shown. */
    void attach(Node panel) {
        if (sidebar != null) {
            sides.getItems().remove(sidebar);
        }
        sidebar = panel;
        SplitPane.setResizableWithParent(panel, false); // the request and response get the room when the window grows
        button.setVisible(true);
        button.setManaged(true);
        button.setSelected(true);
        apply(true);
    }

    /** Shows or hides the sidebar, as a click on the button does. */
    void toggle() {
        presenterChose = presenting;
        button.setSelected(!button.isSelected());
    }

    /** Called when presenter mode or the window's width changes. */
    void fit(boolean presenterOn, double windowWidth) {
        if (presenterOn != presenting) {
            presenting = presenterOn;
            presenterChose = false;
            if (!presenterOn && foldedForPresenter) {
                foldedForPresenter = false;
                button.setSelected(true);
            }
        }
        if (presenting && !presenterChose && button.isSelected() && windowWidth > 0 && windowWidth < NARROW_FOR_PRESENTER) {
            foldedForPresenter = true;
            button.setSelected(false);
        }
    }

    private void apply(boolean shown) {
        if (sidebar == null) {
            return;
        }
        boolean showing = sides.getItems().contains(sidebar);
        if (shown && !showing) {
            sides.getItems().add(0, sidebar);
            sides.setDividerPositions(position);
        } else if (!shown && showing) {
            position = sides.getDividerPositions().length > 0 ? sides.getDividerPositions()[0] : position;
            sides.getItems().remove(sidebar);
        }
    }
}
