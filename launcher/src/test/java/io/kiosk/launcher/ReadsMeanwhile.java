package io.kiosk.launcher;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A customer and the back office reading the query side while a fault lasts (their order list, the projections'
 * progress), every 100 ms until stopped: what they were answered, and how many asked in vain (no answer in 30 s).
 */
final class ReadsMeanwhile implements Callable<Void> {

    private final Http customer;
    private final Http backOffice;
    private final List<Http.Answer> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();

    ReadsMeanwhile(Http customer, Http backOffice) {
        this.customer = customer;
        this.backOffice = backOffice;
    }

    @Override
    public Void call() throws InterruptedException {
        while (!stopped.get()) {
            read(customer, "/api/orders");
            read(backOffice, "/api/admin/projections");
            Thread.sleep(100);
        }
        return null;
    }

    private void read(Http reader, String path) {
        try {
            answers.add(reader.get(path));
        } catch (UncheckedIOException noAnswer) {
            unanswered.incrementAndGet();
        }
    }

    void stop() {
        stopped.set(true);
    }

    List<Http.Answer> answers() {
        return answers;
    }

    @Override
    public String toString() {
        return answers.size() + " reads answered (" + answers.stream().filter(answer -> answer.status() == 503).count()
                + " with 503, " + answers.stream().filter(answer -> answer.status() >= 500 && answer.status() != 503).count()
                + " other 5xx), " + unanswered.get() + " unanswered";
    }
}
