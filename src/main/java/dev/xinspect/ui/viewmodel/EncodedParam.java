package dev.xinspect.ui.viewmodel;

/** One OAuth 1.0a parameter as it enters the signature: name and value percent-encoded (RFC 3986). */
public record EncodedParam(String name, String value) {
}
