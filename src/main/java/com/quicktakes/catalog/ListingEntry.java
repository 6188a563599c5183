package com.quicktakes.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A question's place in its subject's listing (0 = newest), numbered by the import. */
@Entity
@Table(name = "listing")
@IdClass(ListingEntry.Key.class)
public class ListingEntry {

    @Id
    public Long subjectId;

    @Id
    public int position;

    public Long questionId;

    public record Key(Long subjectId, int position) {
    }
}
