package com.quicktakes.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question's place among the site's newest listed questions (0 = newest), numbered by the import. */
@Entity
@Table(name = "newest")
public class NewestEntry {

    @Id
    public int position;

    public Long questionId;
}
