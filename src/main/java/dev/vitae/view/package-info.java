/**
 * What templates see: display-ready records with every date formatted, every list joined and every
 * emphasis marked, so that templates only place text and never decide anything.
 */
@NullMarked
package dev.vitae.view;

import org.jspecify.annotations.NullMarked;
