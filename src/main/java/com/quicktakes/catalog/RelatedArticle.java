package com.quicktakes.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * A related article as the file lists it, after de-duplication. The target is resolved by url
 * when a page is shown: one whose target is not in the content stays here but is not linked.
 */
@Entity
@IdClass(RelatedArticle.Key.class)
public class RelatedArticle {

    @Id
    public Long questionId;

    @Id
    public int position;

    public String targetUrl;

    public String title;

    public String subjectName;

    public Long exportId;

    public record Key(Long questionId, int position) {
    }
}
