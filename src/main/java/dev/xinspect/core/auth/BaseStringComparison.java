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
            if (!x.equals(y)) {
                int at = firstDifference(x, y);
                return new Oauth1Verification.Check("Base string", false, "The " + parts[i] + " differs at character "
                        + (at + 1) + " of that part (expected length " + x.length() + ", logged " + y.length() + ")");
            }
        }
        return new Oauth1Verification.Check("Base string", false, "The base strings differ");
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
