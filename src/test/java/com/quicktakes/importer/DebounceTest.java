package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DebounceTest {

    private static final long MS = 1_000_000;

    private final Debounce debounce = new Debounce(500 * MS, 2_000 * MS);

    @Test
    void nothingIsDueBeforeAnyChange() {
        assertThat(debounce.pending()).isFalse();
        assertThat(debounce.take(10_000 * MS)).isFalse();
    }

    @Test
    void aChangeIsDueAfterHalfASecondOfQuiet() {
        debounce.changed(0);
        assertThat(debounce.remaining(100 * MS)).isEqualTo(400 * MS);
        assertThat(debounce.take(499 * MS)).isFalse();
        assertThat(debounce.take(500 * MS)).isTrue();
        assertThat(debounce.pending()).as("taken once").isFalse();
        assertThat(debounce.take(600 * MS)).isFalse();
    }

    @Test
    void eachChangeOfABurstPutsItOff() {
        debounce.changed(0);
        debounce.changed(300 * MS);
        assertThat(debounce.take(600 * MS)).isFalse();
        assertThat(debounce.take(800 * MS)).isTrue();
    }

    @Test
    void aFolderThatNeverStaysQuietIsStillDueTwoSecondsAfterItsFirstChange() {
        for (long t = 0; t < 2_000 * MS; t += 100 * MS) {
            debounce.changed(t);
            assertThat(debounce.take(t)).isFalse();
        }
        debounce.changed(2_000 * MS);
        assertThat(debounce.remaining(2_000 * MS)).isZero();
        assertThat(debounce.take(2_000 * MS)).isTrue();
    }

    @Test
    void aChangeAfterTheBurstWasTakenStartsANewOne() {
        debounce.changed(0);
        assertThat(debounce.take(3_000 * MS)).isTrue();
        debounce.changed(3_100 * MS);
        assertThat(debounce.remaining(3_100 * MS)).isEqualTo(500 * MS);
    }
}
