package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-02-08|MMM DD, YYYY|Feb 08, 2025",
            "2024-11-03|MMMM Do, YYYY|November 3rd, 2024",
            "2024-11-11|Do MMM YY|11th Nov 24",
            "2024-11-22|D/M/YYYY|22/11/2024",
            "2025-02-08|YYYY-MM-DD|2025-02-08",
            "2025-02-08|dddd, [the] Do [of] MMMM|Saturday, the 8th of February",
            "2025-08-01|ddd DD.MM.YYYY, [Q]Q|Fri 01.08.2025, Q3",
    })
    void formatsMomentStylePatterns(String date, String pattern, String expected) {
        assertThat(DatePattern.parse(pattern)).hasValueSatisfying(
                p -> assertThat(p.format(LocalDate.parse(date))).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = { "MMM DD, YYYY HH:mm", "YYYYY", "DDD", "x", "[unclosed" })
    void refusesTokensItCannotTranslate(String pattern) {
        assertThat(DatePattern.parse(pattern)).isEmpty();
    }
}
