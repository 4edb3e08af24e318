package dev.vitae.model;

import java.util.Map;

/** The language a résumé is written in, and what follows from it on the page. */
public record Localization(
    @Doc(
            "BCP 47 language tag the résumé is written in, e.g. en, de, fr-CA, he, ar (default en): month names, the PDF's language, the page's direction")
        String language,
    @Doc(
            "ltr or rtl: which side the page starts on (default: the language's direction, else that of the name)")
        Direction direction,
    @Doc(
            "the words vitae prints itself, in the résumé's language, by key: section headings (summary, work, skills, …), present, pages, problem, email, … (the README lists them with their English forms)")
        @Keys(Word.class)
        Map<String, String> words) {}
