package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.core.expansion.PostJoiner;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class JoinedPostsViewModelTest {
    private final JoinedPostsViewModel vm = new JoinedPostsViewModel(new PostJoiner(), Runnable::run, Runnable::run);

    private static Exchange answer(String body) {
        return Exchange.ofResponse(ReceivedResponse.of(200, Headers.EMPTY, body));
    }

    @Test
    void postsAreJoinedAndWhatDidNotResolveIsCounted() {
        vm.show(answer("""
                {"data":[{"id":"1","text":"a","author_id":"7"},{"id":"2","text":"b","author_id":"8"}],
                 "includes":{"users":[{"id":"7","username":"seven"}]}}"""));

        assertEquals(List.of("1", "2"), vm.posts().stream().map(p -> p.id()).toList());
        assertEquals("2 Posts, 1 reference did not resolve", vm.summaryProperty().get());
    }

    @Test
    void anAnswerWithoutPostsOrNotJsonOrAFailureShowsNothing() {
        vm.show(answer("{\"data\":{\"id\":\"1\",\"text\":\"a\"}}"));
        assertEquals("1 Post, every reference resolved", vm.summaryProperty().get());

        vm.show(answer("<html>oops</html>"));
        assertEquals(List.of(), vm.posts());
        assertEquals("", vm.summaryProperty().get());

        vm.show(null);
        assertEquals(List.of(), vm.posts());
    }

    @Test
    void aLateResultForAnEarlierAnswerIsDropped() {
        List<Runnable> pending = new java.util.ArrayList<>();
        Executor later = pending::add;
        JoinedPostsViewModel slow = new JoinedPostsViewModel(new PostJoiner(), later, Runnable::run);

        slow.show(answer("{\"data\":{\"id\":\"1\",\"text\":\"first\"}}"));
        slow.show(answer("{\"data\":{\"id\":\"2\",\"text\":\"second\"}}"));
        pending.get(1).run();
        pending.get(0).run();

        assertEquals(List.of("2"), slow.posts().stream().map(p -> p.id()).toList());
    }
}
