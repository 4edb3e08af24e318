/**
 * Makes the résumé exactly one page, from real layouts rather than guesses: a binary search over a
 * ladder of densities (spacing first, then type size down to a readable floor), then, only if the
 * tightest density still overflows, dropping the lowest-priority content. Every change is reported.
 */
package dev.vitae.fit;
