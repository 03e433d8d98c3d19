package dev.xinspect.core.auth.oauth2;

/**
 * How an OAuth 2.0 client proves itself at the token endpoint (RFC 6749 §2.3). X decides by the app's type: a
 * confidential client that sends only {@code client_id} gets {@code unauthorized_client: Missing valid authorization
 * header}, so the choice is shown to the user.
 */
public enum ClientAuthentication {
    BASIC_HEADER("Confidential client: Authorization: Basic base64(client_id:client_secret)"),
    CLIENT_ID_IN_BODY("Public client: client_id in the form body, no secret");

    private final String description;

    ClientAuthentication(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
