package dev.xinspect.core.paging;

import dev.xinspect.core.catalog.ApiParameter;
import dev.xinspect.core.catalog.Endpoint;
import java.util.List;
import java.util.Optional;

/**
 * The query parameter an endpoint takes its next page in. X's v2 spec names two: {@code pagination_token} (users,
 * timelines, lists, likes…) and {@code next_token} (search and counts, which in spec 2.167 also accept
 * {@code pagination_token}; their docs use {@code next_token}, so it comes first); the response always calls it
 * {@code meta.next_token}, which is the classic mix-up.
 */
public final class PageTokens {
    private static final List<String> NAMES = List.of("next_token", "pagination_token");

    private PageTokens() {
    }

    /** The endpoint's token parameter; empty when its spec lists neither (it does not paginate). */
    public static Optional<String> parameterOf(Endpoint endpoint) {
        return NAMES.stream().filter(name -> endpoint.queryParameter(name).map(ApiParameter::name).isPresent()).findFirst();
    }
}
