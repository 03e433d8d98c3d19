package dev.xinspect.core.stream;

/**
 * One token of a rule or query: a parenthesis, {@code OR}, or a term (keyword, "phrase", #hashtag, @mention,
 * $cashtag or {@code name:value} operator) with its negation stripped. {@code at} is its character index.
 */
record RuleToken(Type type, int at, String text, boolean negated) {
    enum Type { OPEN, CLOSE, OR, TERM }

    boolean isOperator() {
        int colon = text.indexOf(':');
        return type == Type.TERM && !text.startsWith("\"") && colon > 0 && RuleGrammar.looksLikeOperatorName(text.substring(0, colon));
    }

    String name() {
        return text.substring(0, text.indexOf(':'));
    }

    String value() {
        return text.substring(text.indexOf(':') + 1);
    }
}
