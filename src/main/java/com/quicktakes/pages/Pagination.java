package com.quicktakes.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

import io.quarkus.qute.TemplateData;

/**
 * Numbered links to the pages of a listing or of search results around the current one, with the
 * first and last always shown; a 0 in {@link #numbers} is a gap, shown as an ellipsis.
 *
 * @param label   what the pages are, for the navigation's accessible name
 * @param address the address of page n, from {@code catalog.SitePaths}
 */
@TemplateData
public record Pagination(String label, IntFunction<String> address, int current, int pages, List<Integer> numbers) {

    static Pagination of(String label, IntFunction<String> address, int current, int pages) {
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, pages));
        for (int n = Math.max(1, current - 2); n <= Math.min(pages, current + 2); n++) {
            shown.add(n);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int n : shown) {
            if (!numbers.isEmpty() && n > numbers.get(numbers.size() - 1) + 1) {
                numbers.add(0);
            }
            numbers.add(n);
        }
        return new Pagination(label, address, current, pages, numbers);
    }

    public String path(int number) {
        return address.apply(number);
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < pages;
    }

    public String previousPath() {
        return path(current - 1);
    }

    public String nextPath() {
        return path(current + 1);
    }
}
