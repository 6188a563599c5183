package com.quicktakes.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A question's answer: the Markdown as imported and the HTML rendered from it at import, both
 * {@link Deflated}. Kept apart from {@link Question} so listings never read it.
 */
@Entity
public class Answer {

    /** The size of the contents column (V1__content_schema.sql). */
    public static final int CONTENTS_LENGTH = 100_000;

    @Id
    public Long questionId;

    @Column(name = "markdown")
    public byte[] markdownDeflated;

    @Column(name = "html")
    public byte[] htmlDeflated;

    /** A long answer's table of contents, as HTML links to its headings; null for a short one. */
    public String contents;

    public String markdown() {
        return Deflated.inflate(markdownDeflated);
    }

    public String html() {
        return Deflated.inflate(htmlDeflated);
    }
}
