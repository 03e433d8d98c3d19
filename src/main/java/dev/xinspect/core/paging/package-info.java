/**
 * Fetching every page of an endpoint that paginates: which token parameter the endpoint takes (from the catalog's
 * spec), following {@code meta.next_token} until the end, a page count or the rate limit, and writing the pages out
 * as NDJSON. Sending and signing are passed in; no threads of its own and no JavaFX.
 */
package dev.xinspect.core.paging;
