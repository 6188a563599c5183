package com.quicktakes.catalog;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A former url of a question, from its front matter's {@code aliases:}. */
@Entity
@Table(name = "alias")
@IdClass(Alias.Key.class)
public class Alias {

    @Id
    public String path;

    @Id
    @Column(name = "question_id")
    public Long questionId;

    public static class Key implements Serializable {
        public String path;
        public Long questionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(path, k.path) && Objects.equals(questionId, k.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, questionId);
        }
    }
}
