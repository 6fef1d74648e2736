package io.kiosk.web.refunds;

import java.util.ArrayList;
import java.util.List;

/**
 * Asking for money back: which lines and how many of each, why, a note, and whether the goods go back (only once they
 * were delivered). {@code key} is the request's idempotency key, made when the form was shown: sent twice, it asks once.
 */
public class RefundForm {

    private String key = "";
    private List<RefundLineChoice> lines = new ArrayList<>();
    private String reason = "";
    private String note = "";
    private boolean withReturn;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? "" : key.strip();
    }

    public List<RefundLineChoice> getLines() {
        return lines;
    }

    public void setLines(List<RefundLineChoice> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason.strip();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }

    public boolean isWithReturn() {
        return withReturn;
    }

    public void setWithReturn(boolean withReturn) {
        this.withReturn = withReturn;
    }
}
