package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerErased;
import io.kiosk.command.outbox.Outbox;
import io.kiosk.eventstore.privacy.SubjectKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * What an erasure does outside the event store, in the transaction that stores {@code CustomerErased} (a subscribing
 * processor; see {@code ErasedAccountsConfiguration}): the customer's key is deleted (crypto-shredding: every copy of
 * their personal data in the events is unreadable from the commit on), their account goes with its tokens (they can
 * no longer log in, and their address may register again), and so do their login failures and the mails waiting for
 * them. All of it or none: an erasure is never half done.
 */
@Component
@ProcessingGroup(ErasedAccounts.PROCESSING_GROUP)
class ErasedAccounts {

    static final String PROCESSING_GROUP = "account-erasure";

    private final SubjectKeys keys;
    private final AccountStore accounts;
    private final Outbox outbox;

    ErasedAccounts(SubjectKeys keys, AccountStore accounts, Outbox outbox) {
        this.keys = keys;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    @EventHandler
    void on(CustomerErased event) {
        keys.erase(event.customerId().value());
        accounts.byId(event.customerId()).ifPresent(account -> {
            outbox.forget(account.email());
            accounts.clearFailures(account.email());
            accounts.delete(account.accountId());
        });
    }
}
