package dev.xinspect.core.auth.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/** Credential Manager's generic credentials over a map; target names compare without case, as Windows does. */
final class FakeCredentialApi implements CredentialApi {
    final TreeMap<String, byte[]> credentials = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final List<String> userNames = new ArrayList<>();
    Integer failWith;

    @Override
    public void write(String target, String userName, byte[] blob) {
        fail("CredWriteW");
        credentials.put(target, blob.clone());
        userNames.add(userName);
    }

    @Override
    public Optional<byte[]> read(String target) {
        fail("CredReadW");
        return Optional.ofNullable(credentials.get(target)).map(byte[]::clone);
    }

    @Override
    public boolean delete(String target) {
        fail("CredDeleteW");
        return credentials.remove(target) != null;
    }

    @Override
    public List<String> targets(String filter) {
        fail("CredEnumerateW");
        String prefix = filter.substring(0, filter.length() - 1).toLowerCase(Locale.ROOT);
        return credentials.keySet().stream().filter(t -> t.toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
    }

    private void fail(String call) {
        if (failWith != null) {
            throw new CredentialApiException(call, failWith);
        }
    }
}
