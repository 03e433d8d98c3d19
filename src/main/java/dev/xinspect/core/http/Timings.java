package dev.xinspect.core.http;

import java.time.Duration;

/** How long an exchange took: until the response headers arrived, and until the last body byte. */
public record Timings(Duration toHeaders, Duration total) {
}
