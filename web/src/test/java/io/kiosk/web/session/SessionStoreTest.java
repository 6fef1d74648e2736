package io.kiosk.web.session;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The sessions' store in PostgreSQL, as two requests of one session use it at once. */
@SpringBootTest(properties = {"kiosk.backend.command-url=http://127.0.0.1:9", "kiosk.backend.query-url=http://127.0.0.1:9"})
class SessionStoreTest {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void two_copies_of_a_session_that_both_add_an_attribute_are_both_saved_and_the_later_one_wins() {
        bothAdd(sessions);
    }

    private static <S extends Session> void bothAdd(SessionRepository<S> sessions) {
        S session = sessions.createSession();
        sessions.save(session);
        S first = sessions.findById(session.getId());
        S second = sessions.findById(session.getId());

        first.setAttribute("notice", "first");
        second.setAttribute("notice", "second");
        sessions.save(first);
        sessions.save(second);

        assertThat(sessions.findById(session.getId()).<String>getAttribute("notice")).isEqualTo("second");
        sessions.deleteById(session.getId());
    }
}
