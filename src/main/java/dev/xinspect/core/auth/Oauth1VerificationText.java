package dev.xinspect.core.auth;

import java.util.ArrayList;
import java.util.List;

/** A verification as lines a person reads: each check, the causes found, our base string on a mismatch, a verdict. */
public final class Oauth1VerificationText {
    private Oauth1VerificationText() {
    }

    public static List<String> lines(Oauth1Verification result) {
        List<String> lines = new ArrayList<>();
        for (Oauth1Verification.Check check : result.checks()) {
            lines.add((check.passed() ? "ok       " : "DIFFERS  ") + check.step() + ": " + check.detail());
        }
        for (Oauth1Mistake mistake : result.mistakes()) {
            lines.add("cause    " + mistake.explanation());
        }
        if (result.recomputed() != null && !result.signatureMatches()) {
            lines.add("our base string: " + result.recomputed().baseString());
        }
        lines.add(result.signatureMatches() ? "The signature matches." : "The signature does not match"
                + result.firstDifference().map(c -> ": first difference at \"" + c.step() + "\".").orElse("."));
        return lines;
    }
}
