package dev.vitae.fit;

import dev.vitae.render.pdf.LaidOut;
import dev.vitae.view.LetterView;

/**
 * A cover letter laid out on one page.
 *
 * @param view what was laid out, at the chosen density
 * @param step the density step chosen (0 the most relaxed)
 * @param layouts how many layouts the search took
 */
public record FittedLetter(LaidOut layout, String xhtml, LetterView view, int step, int layouts)
    implements LetterFitResult {}
