/**
 * Makes the résumé exactly one page, from real layouts rather than guesses: a search over a ladder
 * of densities (spacing first, then type size down to a readable 9 pt floor), then, only if the
 * tightest density still overflows, leaving out the least important content in a fixed order
 * (documented on the package-private {@code Cuts}), as little as the measured layout says is
 * needed. A short résumé stays at the most relaxed density, top-aligned; spacing is not stretched
 * beyond it. Every change is reported ({@link dev.vitae.fit.FitReport}); in {@link
 * dev.vitae.model.FitMode#STRICT} nothing is left out and an {@link dev.vitae.fit.Overflow} says
 * how far over one page it is. A cover letter is fitted on the same ladder, by density alone
 * ({@link dev.vitae.fit.LetterFitter}): its paragraphs are never left out. This package never
 * prints.
 */
@NullMarked
package dev.vitae.fit;

import org.jspecify.annotations.NullMarked;
