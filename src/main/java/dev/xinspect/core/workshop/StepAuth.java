package dev.xinspect.core.workshop;

import dev.xinspect.core.http.AuthMode;
import java.util.Arrays;
import java.util.Optional;

/** The sandbox identity a step's request uses, by the word a workshop file spells it with. */
public enum StepAuth {
    NONE("none", AuthMode.NONE),
    APP_ONLY("app-only", AuthMode.OAUTH2_APP_ONLY),
    OAUTH1_USER("oauth1-user", AuthMode.OAUTH1_USER),
    OAUTH2_USER("oauth2-user", AuthMode.OAUTH2_USER);

    private final String word;
    private final AuthMode mode;

    StepAuth(String word, AuthMode mode) {
        this.word = word;
        this.mode = mode;
    }

    public String word() {
        return word;
    }

    public AuthMode mode() {
        return mode;
    }

    public static Optional<StepAuth> of(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
    }
}
