package io.github.indiko.cli;

import io.github.indiko.core.structure.Level;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Values of options that picocli does not convert on its own. */
final class Options {
  private Options() {}

  /** A report format of {@code score --format}. */
  enum Format {
    JSON,
    CSV,
    HTML
  }

  /** {@code raw}, {@code analysis} or {@code organisation}. */
  static final class LevelConverter implements ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
      for (Level level : Level.values()) {
        if (level.id().equals(value)) {
          return level;
        }
      }
      throw new TypeConversionException(
          "expected raw, analysis or organisation, not '" + value + "'");
    }
  }

  /** {@code json}, {@code csv} or {@code html}. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format format : Format.values()) {
        if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
          return format;
        }
      }
      throw new TypeConversionException("expected json, csv or html, not '" + value + "'");
    }
  }
}
