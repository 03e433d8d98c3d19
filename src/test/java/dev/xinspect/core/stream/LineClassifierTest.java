package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier();

    private LineClassifier.Classified classify(String line) {
        return classifier.classify(line);
    }

    @Test
    void postsAreLinesWithDataAndARepeatedIdIsADuplicate() {
        String post = "{\"data\":{\"edit_history_tweet_ids\":[\"20\"],\"id\":\"20\",\"text\":\"hi {\\\"x\\\"}\"},"
                + "\"matching_rules\":[{\"id\":\"1\",\"tag\":\"t\"}]}";
        assertEquals(new LineClassifier.Classified(StreamEvent.Kind.POST, false, ""), classify(post));
        assertEquals(new LineClassifier.Classified(StreamEvent.Kind.POST, true, "duplicate Post"), classify(post));
        assertEquals(new LineClassifier.Classified(StreamEvent.Kind.POST, false, ""), classify("{\"data\":{\"id\":21}}"));
        assertEquals(new LineClassifier.Classified(StreamEvent.Kind.POST, true, "duplicate Post"), classify("{\"data\":{\"id\":21}}"));
        assertEquals(new LineClassifier.Classified(StreamEvent.Kind.POST, false, ""), classify("{\"data\":null}"));
        assertEquals(new LineClassifier.Classified(StreamEvent.Kind.POST, false, ""), classify("{\"data\":null}"));
    }

    @Test
    void errorsWithoutDataAreADisconnectAndBlankLinesKeepAlives() {
        assertEquals(new LineClassifier.Classified(StreamEvent.Kind.DISCONNECT_MESSAGE, false, "operational-disconnect (OperationalDisconnect)"),
                classify("{\"errors\":[{\"title\":\"Operational Disconnect\",\"disconnect_type\":\"OperationalDisconnect\","
                        + "\"type\":\"https://api.twitter.com/2/problems/operational-disconnect\"}]}"));
        assertEquals(StreamEvent.Kind.KEEP_ALIVE, classify("").kind());
        assertEquals(StreamEvent.Kind.KEEP_ALIVE, classify(" \r").kind());
    }

    @Test
    void anythingElseIsUnknownNeverACrash() {
        assertEquals(StreamEvent.Kind.UNKNOWN_MESSAGE, classify("{\"meta\":{\"sent\":\"now\"}}").kind());
        assertEquals(StreamEvent.Kind.UNKNOWN_MESSAGE, classify("[1,2]").kind());
        assertEquals(StreamEvent.Kind.UNKNOWN_MESSAGE, classify("{\"data\":{\"id\":\"2").kind());
        assertEquals(StreamEvent.Kind.UNKNOWN_MESSAGE, classify("<html>").kind());
    }
}
