package dev.xinspect.core.auth.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * macOS {@code /usr/bin/security} as the store uses it, over a map of generic passwords (service and account to
 * stored bytes): {@code -i} with {@code add-generic-password -U -s -a -X} on stdin (exit 0 even when the command
 * fails, as the real one), {@code find-generic-password -w} (hex output for data that is not printable ASCII),
 * {@code delete-generic-password} and {@code dump-keychain}, with exit 44 for a missing item.
 */
final class FakeSecurityTool implements CommandRunner {
    final Map<String, byte[]> items = new LinkedHashMap<>();
    final List<List<String>> commands = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();
    String interactiveFailure;

    @Override
    public CommandResult run(List<String> command, byte[] stdin, Duration timeout) throws IOException, TimeoutException {
        commands.add(List.copyOf(command));
        inputs.add(new String(stdin, StandardCharsets.UTF_8));
        List<String> args = command.subList(1, command.size());
        if (args.equals(List.of("-i"))) {
            String line = new String(stdin, StandardCharsets.UTF_8);
            if (interactiveFailure != null) {
                return result(0, "", interactiveFailure);
            }
            // -i splits on white space; the store never needs quotes.
            List<String> words = List.of(line.strip().split("\\s+"));
            if (!words.get(0).equals("add-generic-password") || !words.contains("-U")) {
                return result(0, "", "security: unknown command");
            }
            items.put(option(words, "-s") + "|" + option(words, "-a"), HexFormat.of().parseHex(option(words, "-X")));
            return result(0, "", "");
        }
        String id = option(args, "-s") + "|" + option(args, "-a");
        return switch (args.get(0)) {
            case "find-generic-password" -> {
                byte[] data = items.get(id);
                if (data == null) {
                    yield result(44, "", "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.");
                }
                boolean printable = new String(data, StandardCharsets.UTF_8).chars().allMatch(c -> c >= 0x20 && c < 0x7f);
                yield result(0, (printable ? new String(data, StandardCharsets.UTF_8) : HexFormat.of().formatHex(data)) + "\n", "");
            }
            case "delete-generic-password" -> items.remove(id) != null ? result(0, "keychain: \"login\"\n", "")
                    : result(44, "", "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.");
            case "dump-keychain" -> result(0, dump(), "");
            default -> result(1, "", "security: unknown command");
        };
    }

    /** A dump in security's format, with one foreign item first. */
    private String dump() {
        StringBuilder out = new StringBuilder("""
                keychain: "/Users/me/Library/Keychains/login.keychain-db"
                version: 512
                class: "genp"
                attributes:
                    0x00000007 <blob>="other app"
                    "acct"<blob>="profile/p/consumer-key"
                    "cdat"<timedate>=0x32303236313230323036313733345A00  "20261202061734Z\\000"
                    "svce"<blob>="other app"
                """);
        for (String id : items.keySet()) {
            String service = id.substring(0, id.indexOf('|'));
            String account = id.substring(id.indexOf('|') + 1);
            out.append("keychain: \"/Users/me/Library/Keychains/login.keychain-db\"\nversion: 512\nclass: \"genp\"\nattributes:\n")
                    .append("    0x00000007 <blob>=\"").append(service).append("\"\n")
                    .append("    0x00000008 <blob>=<NULL>\n")
                    .append("    \"acct\"<blob>=\"").append(account).append("\"\n")
                    .append("    \"gena\"<blob>=<NULL>\n")
                    .append("    \"svce\"<blob>=\"").append(service).append("\"\n");
        }
        return out.toString();
    }

    private static String option(List<String> words, String flag) {
        int at = words.indexOf(flag);
        return at < 0 || at + 1 >= words.size() ? null : words.get(at + 1);
    }

    private static CommandResult result(int exit, String out, String err) {
        return new CommandResult(exit, out.getBytes(StandardCharsets.UTF_8), err.getBytes(StandardCharsets.UTF_8));
    }
}
