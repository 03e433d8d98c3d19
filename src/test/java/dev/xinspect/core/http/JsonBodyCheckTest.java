package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {
    @Test
    void xsCreatePostExampleIsValid() {
        // The request body of POST /2/tweets in X's docs: https://docs.x.com/x-api/posts/create-post
        assertEquals("", JsonBodyCheck.problem("{\"text\": \"Hello World!\"}"));
    }

    @Test
    void aVariableStandsForAValueUntilSend() {
        assertEquals("", JsonBodyCheck.problem("{\"text\": \"hi\", \"reply\": {\"in_reply_to_tweet_id\": {{ tweetId }}}}"));
    }

    @Test
    void aTrailingCommaIsFlaggedAtTheClosingBrace() {
        assertEquals("The body is not valid JSON (line 1, column 15).", JsonBodyCheck.problem("{\"text\": \"hi\",}"));
    }

    @Test
    void aBodyThatDoesNotLookLikeJsonIsNotChecked() {
        assertEquals("", JsonBodyCheck.problem("status=hi&include_entities=true"));
        assertEquals("", JsonBodyCheck.problem("   "));
        assertEquals("", JsonBodyCheck.problem(null));
    }
}
