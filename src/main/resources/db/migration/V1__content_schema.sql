-- The content set: subjects, questions and the related articles they list.
-- A question's identity is its url; the export's id is kept as data only.

CREATE SEQUENCE subject_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE question_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE import_run_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE subject (
    id              BIGINT PRIMARY KEY,
    slug            VARCHAR(200) NOT NULL UNIQUE,
    -- the most common spelling of the subject among its questions
    name            VARCHAR(500) NOT NULL,
    -- questions shown in listings (no_index ones excluded)
    question_count  INT NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE question (
    id              BIGINT PRIMARY KEY,
    url             VARCHAR(1000) NOT NULL UNIQUE,
    subject_id      BIGINT NOT NULL REFERENCES subject (id),
    slug            VARCHAR(500) NOT NULL,
    -- the subject's display name as this file spells it
    subject_name    VARCHAR(500) NOT NULL,
    source_path     VARCHAR(4000) NOT NULL UNIQUE,
    export_id       BIGINT,
    title           VARCHAR(4000) NOT NULL,
    article_title   VARCHAR(4000) NOT NULL,
    question_text   VARCHAR(100000) NOT NULL,
    seo_title       VARCHAR(4000),
    description     VARCHAR(4000),
    keywords        VARCHAR(4000),
    author          VARCHAR(500),
    published       DATE,
    -- the date as the file's date_format shows it, formatted at import
    published_text  VARCHAR(200),
    post_on_text    VARCHAR(200),
    score           DOUBLE PRECISION,
    no_index        BOOLEAN NOT NULL,
    -- the answer has formulas, so its page loads the math typesetter
    has_math        BOOLEAN NOT NULL,
    reading_minutes INT NOT NULL,
    -- another question has the same title / description: the page's head adds what tells them apart
    title_shared        BOOLEAN DEFAULT FALSE NOT NULL,
    description_shared  BOOLEAN DEFAULT FALSE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- To find questions that share a title or a description (see QuestionRepository.markSharedTexts).
CREATE INDEX question_title ON question (title);
CREATE INDEX question_description ON question (description);

-- The answer apart from the listing data, so listings and renumbering never touch it; both
-- texts are stored deflated (see DeflatedText), which keeps the database about 4 times smaller.
CREATE TABLE answer (
    question_id     BIGINT PRIMARY KEY REFERENCES question (id) ON DELETE CASCADE,
    markdown        VARBINARY(100000000) NOT NULL,
    html            VARBINARY(100000000) NOT NULL,
    -- a long answer's table of contents (HTML links to its headings); NULL for a short one
    contents        VARCHAR(100000)
);

-- Each subject's listing, newest first, numbered at import so that any page of it is an
-- index range, however deep; no_index questions are not listed.
CREATE TABLE listing (
    subject_id      BIGINT NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    question_id     BIGINT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    PRIMARY KEY (subject_id, position)
);

CREATE INDEX listing_question ON listing (question_id);

-- The newest listed questions of the whole site, numbered at import: the home page and the
-- site-wide feed read a few rows instead of sorting every question.
CREATE TABLE newest (
    position        INT PRIMARY KEY,
    question_id     BIGINT NOT NULL REFERENCES question (id) ON DELETE CASCADE
);

CREATE TABLE related_article (
    question_id     BIGINT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    -- resolved against question.url when a page is shown, so a target added later starts to link
    target_url      VARCHAR(1000) NOT NULL,
    title           VARCHAR(4000),
    subject_name    VARCHAR(500),
    export_id       BIGINT,
    PRIMARY KEY (question_id, position)
);

-- Former urls of questions (front matter 'aliases:'): each answers a 301 to the question, unless
-- a live page has that url. Two questions naming one alias: the first file in path order wins.
CREATE TABLE alias (
    path            VARCHAR(1000) NOT NULL,
    question_id     BIGINT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    PRIMARY KEY (path, question_id)
);

-- The operator's redirects file (_redirects in the content folder), replaced by every import.
CREATE TABLE redirect (
    path            VARCHAR(1000) PRIMARY KEY,
    target          VARCHAR(1000) NOT NULL
);

-- Every content file seen by the last import, so the next one can skip unchanged files.
CREATE TABLE content_file (
    path            VARCHAR(4000) PRIMARY KEY,
    sha256          CHAR(64) NOT NULL,
    -- the url the file claims, once it parsed that far
    url             VARCHAR(1000),
    has_errors      BOOLEAN NOT NULL
);

-- The problems of the files above: errors (file skipped) and warnings (imported with a fix-up).
CREATE TABLE import_problem (
    path            VARCHAR(4000) NOT NULL REFERENCES content_file (path) ON DELETE CASCADE,
    seq             INT NOT NULL,
    line            INT,
    severity        VARCHAR(10) NOT NULL,
    message         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (path, seq)
);

-- One row per import, committed together with the content it produced.
CREATE TABLE import_run (
    id              BIGINT PRIMARY KEY,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_dir     VARCHAR(4000) NOT NULL,
    files           INT NOT NULL,
    imported        INT NOT NULL,
    unchanged       INT NOT NULL,
    removed         INT NOT NULL,
    skipped         INT NOT NULL,
    warnings        INT NOT NULL,
    changed_content BOOLEAN NOT NULL
);
