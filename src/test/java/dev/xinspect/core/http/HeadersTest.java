package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void lookUpsIgnoreCaseAndKeepDuplicatesInOrder() {
        Headers headers = Headers.of("Set-Cookie", "a=1", "content-type", "application/json", "set-cookie", "b=2");

        assertEquals(List.of("a=1", "b=2"), headers.all("SET-COOKIE"));
        assertEquals(Optional.of("application/json"), headers.first("Content-Type"));
    }

    @Test
    void replacingDropsEveryOldValue() {
        Headers headers = Headers.of("Accept", "a", "accept", "b").replacing("ACCEPT", "c");

        assertEquals(List.of(new Header("ACCEPT", "c")), headers.list());
    }
}
