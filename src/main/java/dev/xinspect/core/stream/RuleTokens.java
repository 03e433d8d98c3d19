package dev.xinspect.core.stream;

import java.util.ArrayList;
import java.util.List;

/** Splits a rule into {@link RuleToken}s: white space separates, quotes hold a phrase (or an operator's value) together. */
final class RuleTokens {
    private RuleTokens() {
    }

    static List<RuleToken> of(String rule) {
        List<RuleToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < rule.length()) {
            char c = rule.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean negated = c == '-' && i + 1 < rule.length() && !Character.isWhitespace(rule.charAt(i + 1));
            if (negated) {
                i++;
                c = rule.charAt(i);
            }
            if (c == '(' || c == ')') {
                tokens.add(new RuleToken(c == '(' ? RuleToken.Type.OPEN : RuleToken.Type.CLOSE, start, String.valueOf(c), negated));
                i++;
                continue;
            }
            int end = endOfTerm(rule, i);
            String text = rule.substring(i, end);
            tokens.add(!negated && text.equals("OR") ? new RuleToken(RuleToken.Type.OR, start, text, false)
                    : new RuleToken(RuleToken.Type.TERM, start, text, negated));
            i = end;
        }
        return tokens;
    }

    /** A term ends at white space or a parenthesis outside quotes. */
    private static int endOfTerm(String rule, int from) {
        boolean quoted = false;
        for (int i = from; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (c == '"' && (i == 0 || rule.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || c == '(' || c == ')')) {
                return i;
            }
        }
        return rule.length();
    }
}
