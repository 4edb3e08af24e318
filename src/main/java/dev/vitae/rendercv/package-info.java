/**
 * RenderCV's input files ({@code cv:} with {@code sections:} of typed entries) converted to vitae's
 * vocabulary for {@code vitae import}: what maps is carried over, what does not is named. RenderCV
 * is where many of vitae's users come from; its design and locale settings have no counterpart and
 * are left out with a note.
 */
@NullMarked
package dev.vitae.rendercv;

import org.jspecify.annotations.NullMarked;
