/**
 * Project configuration: the {@code [tool.greenshift]} table of the nearest {@code pyproject.toml}, read once
 * into an immutable {@link dev.greenshift.config.ProjectConfig} that the commands combine with their flags
 * (a flag always wins). It knows TOML and the keys, not the commands.
 */
package dev.greenshift.config;
