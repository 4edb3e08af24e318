package dev.vitae.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@code vitae apply FILE} builds from.
 *
 * @param application the application file ({@code applications/acme-backend.yaml})
 * @param resume the resume.yaml whose documents it sends, when the command line names one; else the
 *     application's {@code resume:}, else {@code resume.yaml}
 * @param today the date an application without {@code date:} carries
 */
public record ApplyRequest(Path application, Optional<Path> resume, LocalDate today) {}
