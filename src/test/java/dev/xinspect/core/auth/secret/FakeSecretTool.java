package dev.xinspect.core.auth.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * secret-tool as the store uses it, over a map: {@code store}, {@code lookup}, {@code clear} and {@code search}
 * with the exit codes and output streams of libsecret 0.20 (measured against the real tool). Records every command
 * line and every stdin; {@link #failWith} and {@link #hang} make the next calls fail.
 */
final class FakeSecretTool implements CommandRunner {
    final Map<String, Map<String, String>> items = new LinkedHashMap<>();
    final List<List<String>> commands = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();
    private String failure;
    private boolean hang;
    private boolean missing;

    void failWith(String stderr) {
        failure = stderr;
    }

    void hang() {
        hang = true;
    }

    void uninstall() {
        missing = true;
    }

    @Override
    public CommandResult run(List<String> command, byte[] stdin, Duration timeout) throws IOException, TimeoutException {
        commands.add(List.copyOf(command));
        inputs.add(new String(stdin, StandardCharsets.UTF_8));
        if (missing) {
            throw new IOException("Cannot run program \"secret-tool\": error=2, No such file or directory");
        }
        if (hang) {
            throw new TimeoutException();
        }
        if (failure != null) {
            return result(1, "", failure);
        }
        String verb = command.get(1);
        int separator = command.indexOf("--");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = separator + 1; i + 1 < command.size(); i += 2) {
            attributes.put(command.get(i), command.get(i + 1));
        }
        String id = attributes.get("service") + "|" + attributes.get("key");
        return switch (verb) {
            case "store" -> {
                items.put(id, Map.of("service", attributes.get("service"), "key", attributes.get("key"),
                        "label", command.get(2).substring("--label=".length()), "secret", new String(stdin, StandardCharsets.UTF_8)));
                yield result(0, "", "");
            }
            case "lookup" -> items.containsKey(id) ? result(0, items.get(id).get("secret"), "") : result(1, "", "");
            case "clear" -> items.remove(id) != null ? result(0, "", "") : result(1, "", "");
            case "search" -> {
                StringBuilder out = new StringBuilder();
                StringBuilder err = new StringBuilder();
                int n = 0;
                for (Map<String, String> item : items.values()) {
                    if (item.get("service").equals(attributes.get("service"))) {
                        out.append("[/").append(++n).append("]\nlabel = ").append(item.get("label")).append("\nsecret = ")
                                .append(item.get("secret")).append("\ncreated = 2026-12-02 06:17:34\nmodified = 2026-12-02 06:17:34\n");
                        err.append("attribute.key = ").append(item.get("key")).append("\nattribute.service = ")
                                .append(item.get("service")).append('\n');
                    }
                }
                yield result(0, out.toString(), err.toString());
            }
            default -> result(2, "", "usage: secret-tool store --label='label' attribute value ...");
        };
    }

    /** Every argument of every command, joined: what `ps` could have shown. */
    String argv() {
        return commands.toString();
    }

    private static CommandResult result(int exit, String out, String err) {
        return new CommandResult(exit, out.getBytes(StandardCharsets.UTF_8), err.getBytes(StandardCharsets.UTF_8));
    }
}
