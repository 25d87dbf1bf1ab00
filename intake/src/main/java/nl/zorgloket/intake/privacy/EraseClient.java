package nl.zorgloket.intake.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.ContactRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Erasure (AVG article 17): a client's personal data and every text they wrote or were sent are
 * removed. What stays is a pseudonym (the contact's id) that the access log and the figures keep:
 * conversations and messages as empty rows with their times, cases, closed, with municipality, age group
 * and kinds of care, consent records without their texts. Under the contact's lock, like every
 * change to a client.
 */
@Singleton
public class EraseClient {
    private final ContactRepository contacts;
    private final ClientDataRepository data;
    private final Clock clock;

    EraseClient(ContactRepository contacts, ClientDataRepository data, Clock clock) {
        this.contacts = contacts;
        this.data = data;
        this.clock = clock;
    }

    /** @return false when there is no such contact */
    @Transactional
    public boolean erase(long contactId) {
        if (contacts.findByIdForUpdate(contactId).isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        data.closeConversationsOf(contactId, now);
        List<Long> conversations = data.conversationsOf(contactId);
        if (!conversations.isEmpty()) {
            data.dropUnsent(conversations);
            data.redactMessages(conversations);
            data.forgetDialogues(conversations);
            data.deleteNotes(conversations);
        }
        data.pseudonymiseCases(contactId, now);
        data.dropWaitingMessages(contactId);
        data.pseudonymiseContact(contactId, now);
        return true;
    }
}
