package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.sandbox.Route.Access;
import dev.xinspect.core.stream.RuleLint;
import dev.xinspect.core.stream.RuleLinter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The REST endpoints: users, Post lookup, create and delete, recent search. */
final class ApiEndpoints {
    private static final ObjectMapper MAPPER = JsonLimits.mapper();
    private static final Set<String> USER_PARAMS = Set.of("user.fields", "expansions", "tweet.fields");
    private static final Set<String> TWEET_PARAMS = Set.of("tweet.fields", "expansions", "user.fields");

    private final SandboxData data;
    private final Fields fields;
    private final UsageCap usageCap;
    private final ScenarioSource scenario;
    private final RuleLinter linter = new RuleLinter();
    private final MediaUploads media;

    ApiEndpoints(SandboxData data, UsageCap usageCap, ScenarioSource scenario, MediaUploads media) {
        this.data = data;
        this.media = media;
        this.fields = new Fields(data);
        this.usageCap = usageCap;
        this.scenario = scenario;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/2/users/me", Access.USER, 75, USER_PARAMS, "The authenticated user", this::me),
                new Route("GET", "/2/users/by/username/:username", Access.ANY, 300, USER_PARAMS, "User by username", this::userByName),
                new Route("GET", "/2/users/:id", Access.ANY, 300, USER_PARAMS, "User by id", this::userById),
                new Route("GET", "/2/users/:id/followers", Access.ANY, 15, Set.of("max_results", "pagination_token", "user.fields",
                        "expansions", "tweet.fields"), "Followers of a user", new Followers(data)::page),
                new Route("GET", "/2/tweets/search/recent", Access.ANY, 450,
                        Set.of("query", "max_results", "tweet.fields", "user.fields", "expansions", "since_id", "next_token"),
                        "Recent search", this::search),
                new Route("GET", "/2/tweets/:id", Access.ANY, 300, TWEET_PARAMS, "Post by id", this::tweet),
                new Route("DELETE", "/2/tweets/:id", Access.USER, 50, Set.of(), "Delete a Post", this::delete),
                new Route("GET", "/2/tweets", Access.ANY, 300, Set.of("ids", "tweet.fields", "expansions", "user.fields"),
                        "Posts by ids", this::tweets),
                new Route("POST", "/2/tweets", Access.USER, 100, Set.of(), "Create a Post", this::create));
    }

    private Reply me(SandboxRequest request, Caller caller) {
        return single(fields.user(data.user(caller.userId()).orElseThrow(), request));
    }

    private Reply userByName(SandboxRequest request, Caller caller) {
        String name = request.variable("username");
        return data.userByName(name).map(u -> single(fields.user(u, request)))
                .orElseGet(() -> errorsOnly(Problems.notFound("user", "username", name)));
    }

    private Reply userById(SandboxRequest request, Caller caller) throws Rejection {
        String id = request.variable("id");
        ParameterCheck.requireIds("id", id);
        return data.user(id).map(u -> u.path("withheld").asBoolean()
                        ? errorsOnly(Problems.disallowed("user", "id", id)) : single(fields.user(u, request)))
                .orElseGet(() -> errorsOnly(Problems.notFound("user", "id", id)));
    }

    private Reply tweet(SandboxRequest request, Caller caller) throws Rejection {
        String id = request.variable("id");
        ParameterCheck.requireIds("id", id);
        ObjectNode found = data.tweet(id).orElse(null);
        if (found == null) {
            return errorsOnly(Problems.notFound("tweet", "id", id));
        }
        if (data.isProtected(found) && !found.path("author_id").asText().equals(caller.userId())) {
            return errorsOnly(Problems.notAuthorized("tweet", "id", id));
        }
        checkUsageCap();
        usageCap.count(1);
        ObjectNode body = MAPPER.createObjectNode();
        body.set("data", fields.tweet(found, request));
        fields.expand(body, List.of(found), request);
        return Reply.json(200, body.toString());
    }

    private Reply tweets(SandboxRequest request, Caller caller) throws Rejection {
        String ids = request.param("ids").orElseThrow(() -> new Rejection(Problems.invalidRequest(List.of(
                Problems.parameterError("ids", "", "The `ids` query parameter can not be empty")))));
        ParameterCheck.requireIds("ids", ids);
        checkUsageCap();
        List<ObjectNode> found = new ArrayList<>();
        ArrayNode errors = MAPPER.createArrayNode();
        for (String id : ids.split(",")) {
            ObjectNode tweet = data.tweet(id).orElse(null);
            if (tweet == null) {
                errors.add(Problems.notFound("tweet", "ids", id));
            } else if (data.isProtected(tweet) && !tweet.path("author_id").asText().equals(caller.userId())) {
                errors.add(Problems.notAuthorized("tweet", "ids", id));
            } else {
                found.add(tweet);
            }
        }
        usageCap.count(found.size());
        ObjectNode body = MAPPER.createObjectNode();
        if (!found.isEmpty()) {
            ArrayNode array = body.putArray("data");
            found.forEach(t -> array.add(fields.tweet(t, request)));
            fields.expand(body, found, request);
        }
        if (!errors.isEmpty()) {
            body.set("errors", errors);
        }
        return Reply.json(200, body.toString());
    }

    private Reply search(SandboxRequest request, Caller caller) throws Rejection {
        String query = request.param("query").orElse("");
        if (query.isBlank()) {
            throw new Rejection(Problems.invalidRequest(List.of(Problems.parameterError("query", "",
                    "The `query` query parameter can not be empty"))));
        }
        if (query.length() > 512) {
            throw new Rejection(Problems.invalidRequest(List.of(Problems.parameterError("query", query.substring(0, 20) + "…",
                    "The `query` query parameter value [" + query.length() + " characters] exceeds the maximum length of 512"))));
        }
        List<String> refused = linter.lintQuery(query, RuleLinter.SearchLevel.RECENT).stream().filter(RuleLint::blocking)
                .map(RuleLint::message).toList();
        if (!refused.isEmpty()) {
            // X names the grammar's complaints in one message on the query parameter.
            throw new Rejection(Problems.invalidRequest(List.of(Problems.parameterError("query", query,
                    "There were errors processing your request: " + String.join(", ", refused)))));
        }
        checkUsageCap();
        List<ObjectNode> matches = data.tweets().stream().filter(t -> !data.isProtected(t))
                .filter(t -> RuleMatcher.matches(query, t, data)).toList();
        usageCap.count(matches.size());
        ObjectNode body = MAPPER.createObjectNode();
        if (!matches.isEmpty()) {
            ArrayNode array = body.putArray("data");
            matches.forEach(t -> array.add(fields.tweet(t, request)));
            fields.expand(body, matches, request);
        }
        ObjectNode meta = body.putObject("meta").put("result_count", matches.size());
        if (!matches.isEmpty()) {
            meta.put("newest_id", matches.get(0).path("id").asText()).put("oldest_id", matches.get(matches.size() - 1).path("id").asText());
        }
        return Reply.json(200, body.toString());
    }

    private Reply create(SandboxRequest request, Caller caller) throws Rejection {
        if (!caller.canWrite()) {
            throw new Rejection(Problems.forbidden("You are not permitted to perform this action."));
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(request.body());
        } catch (IOException e) { // X's own words (sferik/x-ruby#71), as the media and rules endpoints say them
            throw new Rejection(Problems.invalidRequest(List.of(MAPPER.createObjectNode()
                    .put("message", "Request body is not valid JSON."))));
        }
        String text = json == null ? "" : json.path("text").asText("");
        JsonNode mediaIds = json == null ? MAPPER.missingNode() : json.path("media").path("media_ids");
        checkMedia(mediaIds, caller);
        if (text.isBlank() && mediaIds.isEmpty()) {
            throw new Rejection(Problems.invalidRequest(List.of(MAPPER.createObjectNode()
                    .put("message", "$.text: must not be empty when no media is attached"))));
        }
        ObjectNode created = data.create(caller.userId(), text);
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("data").put("id", created.path("id").asText()).put("text", text)
                .putArray("edit_history_tweet_ids").add(created.path("id").asText());
        return Reply.json(201, body.toString());
    }

    /**
     * Each id must be an upload of this user that finished processing; anything else is X's "Your media IDs are
     * invalid." (plhery/node-twitter-api-v2#375, tweepy/tweepy#2016), e.g. a video attached before STATUS said succeeded.
     */
    private void checkMedia(JsonNode mediaIds, Caller caller) throws Rejection {
        List<ObjectNode> errors = new ArrayList<>();
        for (JsonNode id : mediaIds) {
            boolean ready = media.find(id.asText(), caller.userId()).map(MediaUploads.Upload::isReady).orElse(false);
            if (!ready) {
                errors.add(Problems.parameterError("media.media_ids", id.asText(), "Your media IDs are invalid."));
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejection(Problems.invalidRequest(errors));
        }
    }

    private Reply delete(SandboxRequest request, Caller caller) throws Rejection {
        if (!caller.canWrite()) {
            throw new Rejection(Problems.forbidden("You are not permitted to perform this action."));
        }
        String id = request.variable("id");
        ParameterCheck.requireIds("id", id);
        ObjectNode tweet = data.tweet(id).orElse(null);
        if (tweet != null && !tweet.path("author_id").asText().equals(caller.userId())) {
            throw new Rejection(Problems.forbidden("You are not allowed to delete a Post that is not yours."));
        }
        boolean deleted = data.delete(id);
        return Reply.json(200, "{\"data\":{\"deleted\":" + deleted + "}}");
    }

    private void checkUsageCap() throws Rejection {
        if (usageCap.isReached() || scenario.current().equals("monthly-cap-reached")) {
            throw new Rejection(Problems.usageCapped());
        }
    }

    private static Reply single(ObjectNode object) {
        ObjectNode body = MAPPER.createObjectNode();
        body.set("data", object);
        return Reply.json(200, body.toString());
    }

    /** X answers a lookup of one missing resource with 200 and errors only. */
    private static Reply errorsOnly(ObjectNode error) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putArray("errors").add(error);
        return Reply.json(200, body.toString());
    }
}
