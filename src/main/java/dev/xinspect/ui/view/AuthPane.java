package dev.xinspect.ui.view;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.ui.viewmodel.AuthFlowsViewModel;
import dev.xinspect.ui.viewmodel.AuthOption;
import dev.xinspect.ui.viewmodel.AuthViewModel;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Auth tab: pick a profile, see what it holds and where its secrets are, and run the flow its mode needs
 * (mint a Bearer token, sign in with PKCE in the system browser, get OAuth 1.0a user tokens with a PIN).
 */
public final class AuthPane extends VBox {
    private final AuthViewModel vm;
    private final AuthFlowsViewModel flows;

    /**
     * @param openInInspector shows a recorded OAuth call in the response and diagnosis panes
     * @param signatureSteps  opens the OAuth 1.0a signer following the request being edited
     */
    public AuthPane(AuthViewModel vm, Consumer<Exchange> openInInspector, Runnable signatureSteps) {
        super(6);
        this.vm = vm;
        this.flows = vm.flows();
        setId("authPane");
        ComboBox<AuthOption> profile = new ComboBox<>(vm.options());
        profile.setId("authChoice");
        profile.valueProperty().bindBidirectional(vm.selectedProperty());
        Button add = button("New profile…", "newProfile", this::newProfile);
        Button edit = button("Edit…", "editProfile", this::editProfile);
        Button delete = button("Delete", "deleteProfile", vm::deleteSelected);
        edit.disableProperty().bind(vm.editableProperty().not());
        delete.disableProperty().bind(vm.editableProperty().not());
        HBox picker = new HBox(6, new Label("Profile"), profile, add, edit, delete);
        picker.getStyleClass().add("request-line");

        Label status = new Label();
        status.setId("authStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusTextProperty());
        Label store = new Label();
        store.getStyleClass().add("muted");
        store.textProperty().bind(vm.storeTextProperty());

        FlowPane actions = new FlowPane(6, 6,
                only(AuthMode.OAUTH2_APP_ONLY, enabled(button("Mint Bearer token", "mintBearer", flows::mintBearer), vm.canMintProperty())),
                only(AuthMode.OAUTH2_APP_ONLY, enabled(button("Invalidate", "invalidateBearer", flows::invalidateBearer),
                        vm.canInvalidateProperty())),
                only(AuthMode.OAUTH1_USER, button("Get user tokens (PIN)…", "getUserTokens", flows::startUserTokens)),
                only(AuthMode.OAUTH1_USER, button("Signature steps…", "signatureSteps", signatureSteps)),
                only(AuthMode.OAUTH2_USER, button("Sign in with browser", "signIn", flows::signInWithBrowser)),
                only(AuthMode.OAUTH2_USER, button("Copy authorize URL", "copyAuthorizeUrl", this::copyAuthorizeUrl)),
                only(AuthMode.OAUTH2_USER, button("Paste redirected URL…", "pasteRedirect", this::pasteRedirect)),
                only(AuthMode.OAUTH2_USER, enabled(button("Refresh now", "refreshToken", flows::refreshToken), vm.canRefreshProperty())),
                only(AuthMode.OAUTH2_USER, enabled(button("Revoke", "revokeToken", flows::revoke), vm.canRevokeProperty())),
                button("Handshake steps…", "handshakeSteps",
                        () -> new SignInStepsWindow(getScene().getWindow(), flows.steps(), openInInspector, getScene().getStylesheets()).show()));
        actions.disableProperty().bind(flows.busyProperty());
        actions.prefWrapLengthProperty().bind(widthProperty());

        TextField pin = new TextField();
        pin.setId("oauthPin");
        pin.setPromptText("PIN from the authorize page");
        Button submit = button("Submit PIN", "submitPin", () -> flows.submitPin(pin.getText()));
        HBox pinRow = new HBox(6, pin, submit, button("Cancel", "cancelPin", flows::cancelSignIn));
        bindShown(pinRow, flows.awaitingPinProperty());
        Label waitingText = new Label("Waiting for the browser to come back to xinspect…");
        waitingText.setWrapText(true);
        HBox waiting = new HBox(6, button("Cancel", "cancelSignIn", flows::cancelSignIn), waitingText);
        waiting.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bindShown(waiting, flows.awaitingRedirectProperty());
        Node byHand = manualUrlRow();

        Label message = new Label();
        message.setId("authMessage");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(flows.messageProperty());
        bindShown(message, flows.messageProperty().isNotEmpty());
        Label error = new Label();
        error.setId("authError");
        error.setWrapText(true);
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(flows.errorProperty());
        bindShown(error, flows.errorProperty().isNotEmpty());

        // What a flow waits for and what went wrong come before the buttons, so Cancel is never below the fold.
        getChildren().addAll(picker, status, store, waiting, error, byHand, pinRow, message, actions);
        Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        countdown.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                countdown.stop();
            } else {
                countdown.play();
            }
        });
    }

    /** The authorize URL to open by hand when no browser could be opened: selectable, with a Copy button. */
    private Node manualUrlRow() {
        TextField url = new TextField();
        url.setId("manualAuthorizeUrl");
        url.setEditable(false);
        url.setAccessibleText("Authorize URL to open in a browser");
        url.textProperty().bind(flows.manualAuthorizeUrlProperty());
        HBox.setHgrow(url, javafx.scene.layout.Priority.ALWAYS);
        Label label = new Label("Authorize URL");
        label.setLabelFor(url);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button copy = button("Copy", "copyManualAuthorizeUrl", () -> ResponsePane.copyToClipboard(url.getText()));
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(6, label, url, copy);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bindShown(row, flows.manualAuthorizeUrlProperty().isNotEmpty());
        return row;
    }

    private Node only(AuthMode mode, Button button) {
        bindShown(button, vm.modeProperty().isEqualTo(mode));
        return button;
    }

    private static Button enabled(Button button, javafx.beans.value.ObservableBooleanValue when) {
        button.disableProperty().bind(javafx.beans.binding.Bindings.not(when));
        return button;
    }

    private static void bindShown(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Button button(String text, String id, Supplier<?> action) {
        return button(text, id, (Runnable) action::get);
    }

    private void newProfile() {
        new ProfileEditorDialog(getScene().getWindow(), vm.newProfile(), getScene().getStylesheets()).show();
    }

    private void editProfile() {
        vm.editSelected().ifPresent(editor -> new ProfileEditorDialog(getScene().getWindow(), editor, getScene().getStylesheets()).show());
    }

    private void copyAuthorizeUrl() {
        flows.prepareAuthorizeUrl().thenAccept(url -> {
            if (!url.isEmpty()) {
                ResponsePane.copyToClipboard(url);
            }
        });
    }

    private void pasteRedirect() {
        TextInputDialog dialog = new TextInputDialog();
        Look.own(dialog, getScene().getWindow());
        dialog.setTitle("Finish signing in");
        dialog.setHeaderText("After approving, the browser shows an address starting with the callback URL.\n"
                + "Paste that whole address here (it carries the code and the state).");
        dialog.showAndWait().filter(text -> !text.isBlank()).ifPresent(flows::completeWithPastedUrl);
    }

}
