package com.quicktakes.catalog;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
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
    @Column(name = "subject_id")
    public Long subjectId;

    @Id
    public int position;

    @Column(name = "question_id")
    public Long questionId;

    public static class Key implements Serializable {
        public Long subjectId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(subjectId, k.subjectId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectId, position);
        }
    }
}
