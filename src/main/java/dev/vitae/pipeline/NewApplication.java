package dev.vitae.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@code vitae apply --new} writes a starter from.
 *
 * @param folder where application files live ({@code applications/})
 * @param resume the resume.yaml the posting is matched against
 * @param resumeNamed whether the command line named it ({@code --resume}): the application then
 *     says which résumé it sends, so that building it later sends the same one
 * @param posting the posting's bytes, as received (a file's, or standard input's)
 * @param today the date the starter carries
 */
public record NewApplication(
    Path folder,
    Path resume,
    boolean resumeNamed,
    String company,
    String role,
    Optional<byte[]> posting,
    LocalDate today) {}
