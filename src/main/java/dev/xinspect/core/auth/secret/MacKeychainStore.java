package dev.xinspect.core.auth.secret;

import dev.xinspect.core.auth.secret.CommandRunner.CommandResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link SecretStore} in the macOS Keychain, through {@code /usr/bin/security}: each secret is a generic password
 * with service {@code <service>} and the store key as its account. Writing goes through {@code security -i}, which
 * reads the command from standard input, so the secret is never in a process's arguments; it travels as {@code -X}
 * hex, which needs no quoting. Account names are percent-encoded to letters, digits and {@code ._~/@:+=-}, which
 * {@code -i}'s tokenizer and the dump's quoting leave alone.
 */
final class MacKeychainStore implements SecretStore {
    static final String PROGRAM = "/usr/bin/security";
    /** errSecItemNotFound: security's exit code when no item matches. */
    static final int NOT_FOUND = 44;
    /**
     * security -i reads each command into a fixed line buffer; a longer line is cut, which would store a truncated
     * secret. 4,095 bytes is the measured longest line that arrives whole.
     */
    static final int MAX_LINE = 4095;
    /**
     * {@code find-generic-password -w} prints a password as it is only when it is printable ASCII (it switches to hex
     * otherwise, which is ambiguous with a password that looks like hex). Other secrets are stored as this prefix and
     * their UTF-8 bytes in hex, which is printable.
     */
    static final String ENCODED_PREFIX = "xinspect-hex:";
    private static final byte[] NO_INPUT = new byte[0];
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*\"(acct|svce)\"<blob>=(?:\"(.*)\"|0x([0-9A-Fa-f]*)(?:\\s.*)?|<NULL>)$");

    private final KeychainCommand tool;
    private final String service;

    MacKeychainStore(CommandRunner runner, String service, Duration timeout) {
        this.tool = new KeychainCommand(runner, PROGRAM, "The macOS Keychain", timeout);
        this.service = service;
    }

    @Override
    public Optional<String> read(String key) {
        CommandResult result = tool.run("read " + StoreKey.check(key),
                List.of("find-generic-password", "-s", service, "-a", account(key), "-w"), NO_INPUT);
        if (result.exitCode() == NOT_FOUND) {
            return Optional.empty();
        }
        if (result.exitCode() != 0) {
            throw tool.failure("read " + key, result);
        }
        String printed = result.stdoutText();
        String stored = printed.endsWith("\n") ? printed.substring(0, printed.length() - 1) : printed;
        return Optional.of(decodeSecret(stored));
    }

    @Override
    public void write(String key, String secret) {
        String stored = encodeSecret(secret);
        String hex = HexFormat.of().formatHex(stored.getBytes(StandardCharsets.UTF_8));
        String line = addCommand(key, hex);
        if (line.getBytes(StandardCharsets.UTF_8).length > MAX_LINE) {
            throw new SecretStoreException("The secret for " + key + " is too long for the macOS Keychain's command tool ("
                    + secret.length() + " characters)", null);
        }
        CommandResult result = tool.run("save " + key, List.of("-i"), (line + "\n").getBytes(StandardCharsets.UTF_8), secret, stored, hex);
        // security -i exits 0 even when its command failed; the failure is on stderr.
        if (result.exitCode() != 0 || !KeychainCommand.isBlank(result.stderr())) {
            throw tool.failure("save " + key, result, secret, stored, hex);
        }
        if (!read(key).filter(secret::equals).isPresent()) {
            throw new SecretStoreException("The macOS Keychain did not keep the secret for " + key, null);
        }
    }

    @Override
    public void delete(String key) {
        CommandResult result = tool.run("delete " + StoreKey.check(key),
                List.of("delete-generic-password", "-s", service, "-a", account(key)), NO_INPUT);
        if (result.exitCode() != 0 && result.exitCode() != NOT_FOUND) {
            throw tool.failure("delete " + key, result);
        }
    }

    /** This app's keys, from {@code security dump-keychain}: attributes only, which needs no unlock and no prompt. */
    @Override
    public Set<String> keys() {
        CommandResult result = tool.run("list its items", List.of("dump-keychain"), NO_INPUT);
        if (result.exitCode() != 0) {
            throw tool.failure("list its items", result);
        }
        return Collections.unmodifiableSet(keysIn(result.stdoutText(), service));
    }

    @Override
    public StoreKind kind() {
        return StoreKind.MAC_KEYCHAIN;
    }

    @Override
    public String location() {
        return "generic passwords of the service \"" + service + "\" in your default keychain";
    }

    /** The {@code -i} command line that adds or updates ({@code -U}) an item; {@code hex} is the stored secret. */
    String addCommand(String key, String hex) {
        return "add-generic-password -U -s " + service + " -a " + account(StoreKey.check(key)) + " -X " + hex;
    }

    /** Keys of the service's items in a dump: items are the blocks that start with {@code keychain: }. */
    static TreeSet<String> keysIn(String dump, String service) {
        TreeSet<String> keys = new TreeSet<>();
        String account = null;
        String itemService = null;
        for (String line : (dump + "\nkeychain: end").split("\\R")) {
            if (line.startsWith("keychain: ")) {
                if (service.equals(itemService) && account != null) {
                    keys.add(unescapeAccount(account));
                }
                account = null;
                itemService = null;
                continue;
            }
            Matcher m = ATTRIBUTE.matcher(line);
            if (m.matches()) {
                String value = m.group(2) != null ? m.group(2)
                        : m.group(3) != null ? new String(HexFormat.of().parseHex(m.group(3)), StandardCharsets.UTF_8) : null;
                if (m.group(1).equals("acct")) {
                    account = value;
                } else {
                    itemService = value;
                }
            }
        }
        return keys;
    }

    static String account(String key) {
        StringBuilder account = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "._~/@:+=-".indexOf(c) >= 0) {
                account.append(c);
            } else {
                account.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return account.toString();
    }

    static String unescapeAccount(String account) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < account.length(); i++) {
            char c = account.charAt(i);
            if (c == '%' && i + 2 < account.length()) {
                bytes.write(HexFormat.fromHexDigits(account, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String encodeSecret(String secret) {
        boolean printable = !secret.isEmpty() && secret.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        return printable && !secret.startsWith(ENCODED_PREFIX) ? secret
                : ENCODED_PREFIX + HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
    }

    static String decodeSecret(String stored) {
        return stored.startsWith(ENCODED_PREFIX)
                ? new String(HexFormat.of().parseHex(stored.substring(ENCODED_PREFIX.length())), StandardCharsets.UTF_8)
                : stored;
    }
}
