package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.format.MarkdownInline.Span;
import dev.xinspect.core.format.MarkdownInline.Style;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MarkdownInlineTest {

    @Test
    void codeAndBoldLoseTheirMarkers() {
        // The shape of a line of the forum post xinspect drafts for a 429 (endpoint and header in backticks).
        assertEquals(List.of(new Span(Style.CODE, "GET /2/tweets/search/recent"), new Span(Style.TEXT, " returned "),
                        new Span(Style.BOLD, "429 Too Many Requests"), new Span(Style.TEXT, "; "),
                        new Span(Style.CODE, "x-rate-limit-remaining"), new Span(Style.TEXT, " was 0")),
                MarkdownInline.spans("`GET /2/tweets/search/recent` returned **429 Too Many Requests**; `x-rate-limit-remaining` was 0"));
    }

    @Test
    void doubleBackticksHoldABacktickAndOneSpaceEachSideIsStripped() {
        // CommonMark 0.31 §6.1, example 329: `` `foo` `` renders as code "`foo`".
        assertEquals(List.of(new Span(Style.CODE, "`foo`")), MarkdownInline.spans("`` `foo` ``"));
    }

    @Test
    void anUnclosedMarkerStaysText() {
        assertEquals(List.of(new Span(Style.TEXT, "a `b and **c")), MarkdownInline.spans("a `b and **c"));
        assertTrue(!MarkdownInline.hasMarkup("no markup at all"));
    }

    @Property(tries = 300)
    void textWithoutMarkersIsOneTextSpan(@ForAll String line) {
        String plain = line.replace("`", "").replace("*", "");
        List<Span> spans = MarkdownInline.spans(plain);
        assertEquals(plain.isEmpty() ? List.of() : List.of(new Span(Style.TEXT, plain)), spans);
    }

    @Property(tries = 500)
    void anyLineParsesAndNoCharacterIsInvented(@ForAll String line) {
        int shown = MarkdownInline.spans(line).stream().mapToInt(s -> s.text().length()).sum();
        assertTrue(shown <= line.length());
    }
}
