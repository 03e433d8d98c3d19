package dev.xinspect.core.diagnosis.hint;

import dev.xinspect.core.diagnosis.RequestHint;
import java.util.List;

/** Every request-aware hint xinspect ships, in the order their findings are listed. */
public final class StandardHints {
    private StandardHints() {
    }

    public static List<RequestHint> all() {
        return List.of(new ClockSkewHint(), new AuthModeHint(), new ReadOnlyWriteHint(), new StreamWithoutRulesHint(),
                new ExpiredTokenHint(), new RepeatedQueryKeyHint(), new MediaWriteScopeHint());
    }
}
