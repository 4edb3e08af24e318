/**
 * What a web page needs beyond its template: the fonts it is set in, subset to the characters it
 * holds and inlined, so that the page asks no host for anything and looks the same offline.
 */
@NullMarked
package dev.vitae.render.html;

import org.jspecify.annotations.NullMarked;
