package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code GET /2/users/:id/followers} as X pages it: {@code max_results} 1 to 1000 (100 by default), an opaque
 * {@code pagination_token}, {@code meta.next_token} while more remain and {@code previous_token} after the first
 * page, 15 requests per 15 minutes. Every sandbox user has the same 25 canned followers, enough to page through.
 */
final class Followers {
    static final int COUNT = 25;
    private static final ObjectMapper MAPPER = JsonLimits.mapper();
    private static final String TOKEN_PREFIX = "7140dibdnow9c7btw";

    private final SandboxData data;

    Followers(SandboxData data) {
        this.data = data;
    }

    Reply page(SandboxRequest request, Caller caller) throws Rejection {
        String id = request.variable("id");
        ParameterCheck.requireIds("id", id);
        if (data.user(id).isEmpty()) {
            return Reply.json(200, "{\"errors\":[" + Problems.notFound("user", "id", id) + "]}");
        }
        int size = maxResults(request);
        int offset = offset(request);
        List<ObjectNode> all = IntStream.rangeClosed(1, COUNT).mapToObj(Followers::follower).toList();
        ObjectNode body = MAPPER.createObjectNode();
        List<ObjectNode> page = all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
        if (!page.isEmpty()) {
            ArrayNode array = body.putArray("data");
            page.forEach(array::add);
        }
        ObjectNode meta = body.putObject("meta").put("result_count", page.size());
        if (offset + size < all.size()) {
            meta.put("next_token", token(offset + size));
        }
        if (offset > 0) {
            meta.put("previous_token", token(Math.max(0, offset - size)));
        }
        return Reply.json(200, body.toString());
    }

    private static ObjectNode follower(int n) {
        return MAPPER.createObjectNode().put("id", Long.toString(1_700_000_000_000_000_000L + n))
                .put("name", "Sandbox follower " + n).put("username", String.format("sandbox_follower_%02d", n));
    }

    private static int maxResults(SandboxRequest request) throws Rejection {
        Optional<String> value = request.param("max_results");
        if (value.isEmpty()) {
            return 100;
        }
        try {
            int size = Integer.parseInt(value.get());
            if (size >= 1 && size <= 1000) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below as X does
        }
        throw new Rejection(Problems.invalidRequest(List.of(Problems.parameterError("max_results", value.get(),
                "The `max_results` query parameter value [" + value.get() + "] is not between 1 and 1000"))));
    }

    private static int offset(SandboxRequest request) throws Rejection {
        Optional<String> token = request.param("pagination_token");
        if (token.isEmpty()) {
            return 0;
        }
        try {
            if (token.get().startsWith(TOKEN_PREFIX)) {
                return (int) HexFormat.fromHexDigits(token.get().substring(TOKEN_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // answered below as X does
        }
        throw new Rejection(Problems.invalidRequest(List.of(Problems.parameterError("pagination_token", token.get(),
                "The `pagination_token` query parameter value [" + token.get() + "] is not valid"))));
    }

    private static String token(int offset) {
        return TOKEN_PREFIX + HexFormat.of().toHexDigits((short) offset);
    }
}
