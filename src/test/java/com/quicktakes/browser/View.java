package com.quicktakes.browser;

import java.util.Arrays;
import java.util.stream.Stream;

/** How a page is looked at: a screen size and a colour scheme. */
record View(Viewport viewport, Theme theme) {

    enum Viewport {
        PHONE(375, 812, true), DESKTOP(1280, 800, false);

        private final int width;
        private final int height;
        private final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }

        /** Emulates a phone: the viewport meta tag applies and scrollbars overlay the page. */
        boolean mobile() {
            return mobile;
        }
    }

    enum Theme {
        LIGHT, DARK;

        String scheme() {
            return name().toLowerCase();
        }
    }

    static Stream<View> all() {
        return Arrays.stream(Viewport.values())
                .flatMap(viewport -> Arrays.stream(Theme.values()).map(theme -> new View(viewport, theme)));
    }

    @Override
    public String toString() {
        return viewport.width + "x" + viewport.height + "-" + theme.scheme();
    }
}
