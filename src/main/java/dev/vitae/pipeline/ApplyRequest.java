package dev.vitae.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@code vitae apply FILE} builds from.
 *
 * @param application the application file ({@code applications/acme-backend.yaml})
 * @param resume the resume.yaml whose documents it sends
 * @param today the date an application without {@code date:} carries
 */
public record ApplyRequest(Path application, Path resume, LocalDate today) {}
