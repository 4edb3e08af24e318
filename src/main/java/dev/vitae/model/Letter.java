package dev.vitae.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cover letter: what it says and to whom. The sender's header (name, contacts) comes from the
 * résumé's basics, so the letter and the résumé carry the same design and the same details.
 */
public record Letter(
    @Doc("who the letter is to; every line may be left out") @Nullable Recipient recipient,
    @Doc("e.g. 'Dear Ms. Rivera,'; 'Dear Hiring Manager,' when left out") @Nullable String greeting,
    @Required @Doc("the body, one string per paragraph") List<String> paragraphs,
    @Doc("e.g. 'Kind regards,'; 'Sincerely,' when left out") @Nullable String closing) {}
