package dev.xinspect.core.sandbox;

/** Thrown by checks to answer at once with an error reply (the sandbox's early return). */
final class Rejection extends Exception {
    final transient Reply reply;

    Rejection(Reply reply) {
        super(null, null, false, false);
        this.reply = reply;
    }
}
