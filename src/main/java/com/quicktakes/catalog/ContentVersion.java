package com.quicktakes.catalog;

import java.time.Instant;

/**
 * The version of the content being served.
 *
 * @param number    grows with every import that changes what the site shows
 * @param changedAt when that import committed
 */
public record ContentVersion(long number, Instant changedAt) {
}
