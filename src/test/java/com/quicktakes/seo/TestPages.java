package com.quicktakes.seo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.quicktakes.TestContent;
import com.quicktakes.importer.ContentStatus;

/** Waits, once per test, for the test content the app imports at startup. */
@ApplicationScoped
class TestPages {

    @Inject
    ContentStatus status;

    void ready() throws InterruptedException {
        TestContent.awaitLoaded(status);
    }
}
