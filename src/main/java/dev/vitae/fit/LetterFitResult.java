package dev.vitae.fit;

/** The outcome of fitting a cover letter: on one page, or how far over it is. */
public sealed interface LetterFitResult permits FittedLetter, Overflow {}
