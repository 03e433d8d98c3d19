package dev.xinspect.core.interop;

import dev.xinspect.core.workspace.EnvironmentVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one read of a Postman collection gathers on its way down the items: the variables and the notes for the user.
 * A class of its own because the auth, body and folder readers all add to it, and because what was left out is said
 * once, in one summary, however many requests it concerned. One per read; not thread-safe.
 */
final class PostmanReading {
    /** Items read at most; a collection past this is cut with a note (X's own has about 100 requests). */
    static final int MAX_ITEMS = 5_000;

    final List<String> notes = new ArrayList<>();
    final Map<String, EnvironmentVariable> variables = new LinkedHashMap<>();
    final Set<String> authVariables = new LinkedHashSet<>();
    final Set<String> literalAuth = new LinkedHashSet<>();
    final Set<String> droppedAuthHeaders = new LinkedHashSet<>();
    private int scripts;
    private int items;
    private boolean cut;

    /** Counts one more item; false (and the read is marked cut) once {@link #MAX_ITEMS} have been read. */
    boolean anotherItem() {
        if (items++ >= MAX_ITEMS) {
            cut = true;
            return false;
        }
        return true;
    }

    void scriptFound() {
        scripts++;
    }

    /** The notes said along the way, then one summary line for each kind of thing left out. */
    List<String> allNotes() {
        List<String> all = new ArrayList<>(notes);
        if (cut) {
            all.add("Only the first " + MAX_ITEMS + " items were read; the rest of the file was left out.");
        }
        if (scripts > 0) {
            all.add(scripts + (scripts == 1 ? " pre-request or test script was" : " pre-request and test scripts were")
                    + " not imported: xinspect runs no scripts (it signs and resolves {{variables}} itself).");
        }
        if (!authVariables.isEmpty()) {
            all.add("The Postman auth used " + String.join(", ", authVariables) + ": xinspect signs with a credential"
                    + " profile's secrets instead, so put those values into a profile (Auth tab); they are not in the collection.");
        }
        if (!literalAuth.isEmpty()) {
            all.add("Credentials typed into the auth of " + String.join(", ", literalAuth) + " were not imported:"
                    + " secrets are never written into a collection. Put them into a credential profile.");
        }
        if (!droppedAuthHeaders.isEmpty()) {
            all.add("The Authorization header of " + String.join(", ", droppedAuthHeaders) + " was left out:"
                    + " the request's credential profile signs it.");
        }
        return all;
    }
}
