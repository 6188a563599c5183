package com.quicktakes.catalog;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A related article as the file lists it, after de-duplication. The target is resolved by url
 * when a page is shown: one whose target is not in the content stays here but is not linked.
 */
@Entity
@Table(name = "related_article")
@IdClass(RelatedArticle.Key.class)
public class RelatedArticle {

    @Id
    @Column(name = "question_id")
    public Long questionId;

    @Id
    public int position;

    @Column(name = "target_url")
    public String targetUrl;

    public String title;

    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "export_id")
    public Long exportId;

    public static class Key implements Serializable {
        public Long questionId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(questionId, k.questionId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, position);
        }
    }
}
