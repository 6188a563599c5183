package com.quicktakes.catalog;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The first question of a page of a subject's listing: where the page starts, and how new it is. */
@RegisterForReflection
public record PageStart(int position, LocalDate published) {
}
