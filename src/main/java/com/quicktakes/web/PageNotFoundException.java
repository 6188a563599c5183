package com.quicktakes.web;

import com.quicktakes.catalog.Subject;

/** No page at this url; the 404 page links to the subject when the subject itself exists. */
public class PageNotFoundException extends RuntimeException {

    private final transient Subject subject;

    public PageNotFoundException(Subject subject) {
        super(null, null, false, false);
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
