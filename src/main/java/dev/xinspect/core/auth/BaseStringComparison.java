package dev.xinspect.core.auth;

/** Compares our base string with one a client logged and names the first of its three parts that differs. */
final class BaseStringComparison {
    private BaseStringComparison() {
    }

    static Oauth1Verification.Check compare(String ours, String theirs) {
        if (ours.equals(theirs)) {
            return new Oauth1Verification.Check("Base string", true, "The base strings are identical");
        }
        String[] a = ours.split("&", 3);
        String[] b = theirs.split("&", 3);
        String[] parts = {"method", "base URL", "parameter string"};
        for (int i = 0; i < 3; i++) {
            String x = i < a.length ? a[i] : "";
            String y = i < b.length ? b[i] : "";
            if (!x.equals(y) && i == 2) {
                return parameterDifference(x, y);
            }
            if (!x.equals(y)) {
                int at = firstDifference(x, y);
                return new Oauth1Verification.Check("Base string", false, "The " + parts[i] + " differs at character "
                        + (at + 1) + " of that part (expected length " + x.length() + ", logged " + y.length() + ")");
            }
        }
        return new Oauth1Verification.Check("Base string", false, "The base strings differ");
    }

    /**
     * Names the first parameter that differs between two encoded parameter strings: one only ours has (left out), one
     * only theirs has (added, or signed in another encoding), or one whose value differs.
     */
    private static Oauth1Verification.Check parameterDifference(String ours, String theirs) {
        java.util.Map<String, String> a = parameters(ours);
        java.util.Map<String, String> b = parameters(theirs);
        for (var entry : a.entrySet()) {
            String theirValue = b.get(entry.getKey());
            if (theirValue == null) {
                return new Oauth1Verification.Check("Base string", false, "The parameter string lacks " + entry.getKey()
                        + (b.keySet().stream().anyMatch(k -> !a.containsKey(k)) ? " (or has it in another encoding)" : "")
                        + ": it must be signed");
            }
            if (!theirValue.equals(entry.getValue())) {
                return new Oauth1Verification.Check("Base string", false, "The parameter " + entry.getKey()
                        + " has another value: expected " + entry.getValue() + ", logged " + theirValue
                        + (encodingOnly(entry.getValue(), theirValue) ? " (the same text in another encoding)" : ""));
            }
        }
        String extra = b.keySet().stream().filter(k -> !a.containsKey(k)).findFirst().orElse("?");
        return new Oauth1Verification.Check("Base string", false, "The parameter string has " + extra
                + ", which is not in the request: it must not be signed");
    }

    /** name → value of an encoded parameter string (the base string's third part, encoded once more). */
    private static java.util.Map<String, String> parameters(String part) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        String decoded;
        try {
            decoded = PercentEncoding.decode(part);
        } catch (IllegalArgumentException e) {
            decoded = part;
        }
        for (String pair : decoded.split("&")) {
            int eq = pair.indexOf('=');
            map.putIfAbsent(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return map;
    }

    private static boolean encodingOnly(String ours, String theirs) {
        try {
            String plain = PercentEncoding.decode(ours);
            return plain.equals(PercentEncoding.formDecode(theirs)) || plain.equals(PercentEncoding.decode(PercentEncoding.decode(theirs)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static int firstDifference(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}
