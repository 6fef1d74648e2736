-- Rate limits that hold across instances: one counter per limited action, subject and fixed time window. The
-- subject is a hash of what is limited ("address:" + an e-mail address, or "client:" + an IP address or IPv6 /64),
-- so the table holds no addresses. A request adds one to its window's counter (INSERT ... ON CONFLICT DO UPDATE:
-- concurrent requests on any instance count exactly); over the limit it is refused until the window ends.
-- Windows that ended are deleted regularly.

CREATE TABLE rate_limit_window (
    action       VARCHAR(40) NOT NULL,
    subject      CHAR(64)    NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    window_end   TIMESTAMPTZ NOT NULL,
    hits         INTEGER     NOT NULL,
    PRIMARY KEY (action, subject, window_start)
);
CREATE INDEX rate_limit_window_end ON rate_limit_window (window_end);
