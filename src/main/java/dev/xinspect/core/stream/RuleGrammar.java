package dev.xinspect.core.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * X's grammar for filtered-stream rules and search queries (X docs "Build a rule" and "Search operators"): terms
 * joined by a space (AND) or {@code OR}, AND binding first; parentheses group; {@code -} negates a term; quotes make a
 * phrase. Checks what X refuses: a rule of negations only, conjunction-required operators ({@code is:}, {@code has:},
 * {@code lang:}, {@code sample:}) without a standalone term beside them, {@code is:nullcast} not negated, a negated
 * group, {@code OR} without a term on each side, empty parentheses, operators the dialect does not know. A rule that
 * mixes AND and OR without parentheses gets advice naming how X groups it. Pure.
 */
final class RuleGrammar {
    /** Where the text goes: a filtered-stream rule or a search {@code query}; they know different operators. */
    enum Dialect { STREAM_RULE, SEARCH_QUERY }

    private static final Pattern OPERATOR_NAME = Pattern.compile("[a-z_]+");

    private final OperatorBook book;

    RuleGrammar(OperatorBook book) {
        this.book = book;
    }

    /** The lints for a rule whose quotes and parentheses balance (the caller checks balance first). */
    List<RuleLint> check(String rule, Dialect dialect) {
        List<RuleLint> lints = new ArrayList<>();
        List<RuleToken> tokens = RuleTokens.of(rule);
        new Structure(tokens, lints).check();
        boolean positive = false;
        boolean standalone = false;
        List<String> needsCompany = new ArrayList<>();
        for (RuleToken token : tokens) {
            if (token.type() != RuleToken.Type.TERM) {
                continue;
            }
            operatorLints(token, dialect, lints);
            if (!token.negated()) {
                positive = true;
                if (token.isOperator() && book.conjunctionRequired().contains(token.name())) {
                    needsCompany.add(token.text());
                } else {
                    standalone = true;
                }
            }
        }
        if (!positive && !tokens.isEmpty()) {
            // X's own words (invalid-rules details): a rule of negations alone would match almost everything.
            lints.add(new RuleLint("Rules must contain a non-negation term: a rule or query of exclusions only is refused.", -1));
        } else if (!standalone && !needsCompany.isEmpty()) {
            lints.add(new RuleLint("is/has/lang cannot be used as a standalone operator: " + String.join(", ", needsCompany)
                    + " must stand beside a keyword, a \"phrase\", a #hashtag, an @mention or an operator such as from:.", -1));
        }
        return lints;
    }

    private void operatorLints(RuleToken token, Dialect dialect, List<RuleLint> lints) {
        if (!token.isOperator()) {
            return;
        }
        String name = token.name();
        boolean known = dialect == Dialect.STREAM_RULE ? book.ruleOperators().contains(name) : book.searchOperators().contains(name);
        if (!known) {
            lints.add(new RuleLint("Unknown operator \"" + name + ":\"" + (dialect == Dialect.SEARCH_QUERY
                    && book.ruleOperators().contains(name) ? " in a search query (it exists for stream rules only)." : "."), token.at()));
        } else if (name.equals("is") && !book.isValues().contains(token.value())
                || name.equals("has") && !book.hasValues().contains(token.value())) {
            lints.add(new RuleLint("Unknown value \"" + name + ":" + token.value() + "\".", token.at()));
        } else if (name.equals("is") && token.value().equals("nullcast") && !token.negated()) {
            lints.add(new RuleLint("is:nullcast can only be used negated: write -is:nullcast.", token.at()));
        } else if (name.equals("sample") && token.negated()) {
            lints.add(new RuleLint("sample: cannot be negated.", token.at()));
        }
    }

    static boolean looksLikeOperatorName(String name) {
        return OPERATOR_NAME.matcher(name).matches();
    }

    /** The shape of the token list: OR between terms, no empty or negated groups, AND-versus-OR advice per level. */
    private static final class Structure {
        private final List<RuleToken> tokens;
        private final List<RuleLint> lints;

        Structure(List<RuleToken> tokens, List<RuleLint> lints) {
            this.tokens = tokens;
            this.lints = lints;
        }

        void check() {
            level(0, tokens.size());
        }

        /** Checks tokens [from, to) at one nesting level and recurses into its groups. */
        private void level(int from, int to) {
            boolean sawOr = false;
            boolean sawAnd = false;
            RuleToken previous = null;
            int i = from;
            while (i < to) {
                RuleToken token = tokens.get(i);
                int next = i + 1;
                switch (token.type()) {
                    case OR -> {
                        if (previous == null || previous.type() == RuleToken.Type.OR) {
                            lints.add(new RuleLint("OR needs a term on each side.", token.at()));
                        }
                        sawOr = true;
                    }
                    case OPEN -> {
                        int close = closing(i, to);
                        if (close == i + 1) {
                            lints.add(new RuleLint("Empty parentheses.", token.at()));
                        }
                        if (token.negated()) {
                            lints.add(new RuleLint("Do not negate a group: X asks for skiing -snow -day instead of skiing -(snow OR day).",
                                    token.at()));
                        }
                        level(i + 1, close);
                        sawAnd |= previous != null && previous.type() != RuleToken.Type.OR;
                        next = close + 1;
                    }
                    case TERM -> sawAnd |= previous != null && previous.type() != RuleToken.Type.OR;
                    default -> { }
                }
                // a whole group counts as one term for what follows it
                previous = token.type() == RuleToken.Type.OPEN ? new RuleToken(RuleToken.Type.TERM, token.at(), "", false) : token;
                i = next;
            }
            if (previous != null && previous.type() == RuleToken.Type.OR) {
                lints.add(new RuleLint("OR needs a term on each side.", previous.at()));
            }
            if (sawOr && sawAnd) {
                lints.add(RuleLint.advice("AND binds before OR: X reads \"a b OR c\" as \"(a b) OR c\". Add parentheses "
                        + "if you meant \"a (b OR c)\".", tokens.get(from).at()));
            }
        }

        private int closing(int open, int to) {
            int depth = 0;
            for (int i = open; i < to; i++) {
                RuleToken.Type type = tokens.get(i).type();
                depth += type == RuleToken.Type.OPEN ? 1 : type == RuleToken.Type.CLOSE ? -1 : 0;
                if (depth == 0) {
                    return i;
                }
            }
            return to;
        }
    }
}
