package dev.vitae.view;

import org.jspecify.annotations.Nullable;

/**
 * One way to reach the person.
 *
 * @param label what it is ("Email", "GitHub")
 * @param text what is printed
 * @param href where the link goes ({@code mailto:}, {@code https:})
 */
public record Contact(String label, String text, @Nullable String href) {}
