package com.quicktakes.search;

import java.util.List;

/** A small catalogue of questions across subjects, written for these tests. */
final class Questions {

    static final SearchDocument OSMOSIS = new SearchDocument("/learn/biology/questions/what-is-osmosis",
            "What is osmosis?", "What is osmosis?", "biology", "Biology",
            "Osmosis is the movement of water molecules through a semi-permeable membrane, from a dilute solution "
                    + "to a concentrated one. Plant cells take up water by osmosis and become turgid.");
    static final SearchDocument PHOTOSYNTHESIS = new SearchDocument("/learn/biology/questions/how-does-photosynthesis-work",
            "How does photosynthesis work?", "How does photosynthesis work in plants?", "biology", "Biology",
            "Photosynthesis turns light energy into chemical energy. Chlorophyll in the chloroplasts absorbs light, "
                    + "water is split and carbon dioxide is fixed into glucose. Oxygen is released as a by-product.");
    static final SearchDocument MITOSIS = new SearchDocument("/learn/biology/questions/mitosis-vs-meiosis",
            "Mitosis vs meiosis", "What is the difference between mitosis and meiosis?", "biology", "Biology",
            "Mitosis makes two identical cells for growth and repair; meiosis makes four gametes with half the "
                    + "chromosomes. Both start after the DNA has been copied.");
    static final SearchDocument PYTHAGORAS = new SearchDocument("/learn/mathematics/questions/pythagoras-theorem",
            "What does Pythagoras' theorem say?", "What does Pythagoras' theorem say?", "mathematics", "Mathematics",
            "In a right triangle the square of the hypotenuse equals the sum of the squares of the other two sides: "
                    + "a^2 + b^2 = c^2. For example, sides 3 and 4 give a hypotenuse of 5.");
    static final SearchDocument FRACTIONS = new SearchDocument("/learn/mathematics/questions/dividing-fractions",
            "How do you divide fractions?", "How do you divide fractions?", "mathematics", "Mathematics",
            AnswerText.fromHtml("<p>Multiply by the reciprocal: <span class=\"math math-inline\">\\frac{a}{b} \\div "
                    + "\\frac{c}{d} = \\frac{a}{b} \\times \\frac{d}{c}</span>, provided <span class=\"math math-inline\">"
                    + "c \\neq 0</span>.</p>"));
    static final SearchDocument NEWTON = new SearchDocument("/learn/physics/questions/newtons-second-law",
            "What is Newton's second law?", "What is Newton's second law of motion?", "physics", "Physics",
            "Force equals mass times acceleration, F = ma. A larger force gives a larger acceleration; a heavier "
                    + "object accelerates less under the same force. Cells are not involved.");
    static final SearchDocument OSMOSIS_IN_PHYSICS = new SearchDocument("/learn/physics/questions/osmotic-pressure",
            "What is osmotic pressure?", "What is osmotic pressure?", "physics", "Physics",
            "The pressure needed to stop osmosis across a membrane. It grows with the concentration of the solution.");
    static final SearchDocument ROCK_AND_ROLL = new SearchDocument("/learn/music/questions/rock-and-roll",
            "Where did <script>alert(1)</script> rock & roll come from?", "Where did rock & roll come from?", "music",
            "Music & Arts", "Rock & roll grew from rhythm & blues in the 1950s. Writing <b>bold</b> or <script>x</script> "
                    + "in an answer is text, \"quoted\" and 'single'.");
    static final SearchDocument LOOPS = new SearchDocument("/learn/computer-science/questions/for-loops-in-c",
            "How does a for loop work in C?", "How does a for loop work in C?", "computer-science", "Computer Science",
            AnswerText.fromHtml("<p>A loop repeats a block:</p>\n<pre><code class=\"language-c\">for (int i = 0; i &lt; 10; i++) {\n"
                    + "    printf(&quot;%d\\n&quot;, i);\n}\n</code></pre>\n<p>The <code>printf</code> call prints each number.</p>"));

    static final List<SearchDocument> ALL = List.of(OSMOSIS, PHOTOSYNTHESIS, MITOSIS, PYTHAGORAS, FRACTIONS, NEWTON,
            OSMOSIS_IN_PHYSICS, ROCK_AND_ROLL, LOOPS);

    /** An index holding every question above, committed as content version 1 and refreshed. */
    static SearchIndex indexed() {
        SearchIndex index = SearchIndex.inMemory();
        index.rebuild(ALL.stream(), 1);
        return index;
    }

    private Questions() {
    }
}
