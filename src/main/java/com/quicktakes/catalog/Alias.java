package com.quicktakes.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A former url of a question, from its front matter's {@code aliases:}. */
@Entity
@IdClass(Alias.Key.class)
public class Alias {

    @Id
    public String path;

    @Id
    public Long questionId;

    public record Key(String path, Long questionId) {
    }
}
