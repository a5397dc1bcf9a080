package tr.gov.goc.kurul.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change of the registry (board, membership, person, liaison officer): who made it and when, by Kurul's
 * clock. The audited rows of the change are in the {@code *_aud} tables (Hibernate Envers).
 */
@Entity
@Table(name = "registry_revision")
@RevisionEntity(RegistryRevisionListener.class)
public class RegistryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    /** Epoch milliseconds, set from Kurul's clock (not the machine's) by {@link RegistryRevisionListener}. */
    @RevisionTimestamp
    @Column(name = "changed_at")
    private long changedAt;

    private String username;

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getUsername() {
        return username;
    }

    void stamp(long changedAt, String username) {
        this.changedAt = changedAt;
        this.username = username;
    }
}
