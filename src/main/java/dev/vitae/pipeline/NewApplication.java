package dev.vitae.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@code vitae apply --new} writes a starter from.
 *
 * @param folder where application files live ({@code applications/})
 * @param resume the resume.yaml the posting is matched against
 * @param posting the posting's bytes, as received (a file's, or standard input's)
 * @param today the date the starter carries
 */
public record NewApplication(
    Path folder,
    Path resume,
    String company,
    String role,
    Optional<byte[]> posting,
    LocalDate today) {}
