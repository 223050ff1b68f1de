package io.github.indiko.scoring;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.InputException;
import io.github.indiko.scoring.internal.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code results.json} ({@value #FORMAT}) and {@code trophies.json} of cli.md: writing, strict
 * reading and the JSON Schema. Stateless and thread-safe.
 *
 * <p>The files are UTF-8, pretty printed with two spaces and {@code \n}, followed by a line feed;
 * the same results always give the same bytes. Members come in the order of cli.md; the maps {@code
 * themes}, {@code channels} and {@code byReason} are sorted by key, {@code items} keeps the order
 * of {@link StructureResult#items()}. Numbers are unrounded: counts are integers, every other
 * number is written as {@link Double#toString(double)} gives it (so {@code 84.0}, not {@code 84}),
 * which reads back to the same double; a value that does not exist is {@code null}, an interval
 * {@code [low, high]}.
 */
public final class ResultsJson {
  /** The value of the {@code format} member of {@code results.json}. */
  public static final String FORMAT = "indiko.results/1";

  private static final String FILE = "results.json";

  private ResultsJson() {}

  /**
   * Writes {@code results.json}: format, edition, the day it is scored as of and whether it is
   * provisional ({@link Results#asOf()}), counts, structures, the agreement of auditors when a
   * double was accepted ({@link Results#agreement()}, analysis.md §A5), the winners' trophies
   * ({@link Results#trophies()}) and the categories not awarded. {@link Results#consultation()} is
   * not part of it (see {@link #writeTrophies}).
   *
   * @param results the results
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite (JSON has none), or when the
   *     {@code net} indicator has an interval; {@code out} may then hold part of the document
   * @throws UncheckedIOException when writing fails
   */
  public static void write(Results results, OutputStream out) {
    ResultsWriter.results(results, out);
  }

  /**
   * Writes {@code trophies.json}: {@code {"trophies": […], "notAwarded": […], "consultation":
   * […]}}, the first two as in {@code results.json}, the last the top ten of the citizen
   * consultation ({@link Results#consultation()}), each {@code {structure, participation,
   * responses}}.
   *
   * @param results the results
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite
   * @throws UncheckedIOException when writing fails
   */
  public static void writeTrophies(Results results, OutputStream out) {
    ResultsWriter.trophies(results, out);
  }

  /**
   * Reads {@code results.json} back, e.g. a previous edition's. Same as {@link #read(InputStream,
   * String)} naming the file {@code results.json}.
   *
   * @param in the document; read to its end, not closed
   * @return the results, whose {@link Results#consultation()} is empty: {@code results.json} does
   *     not hold the top ten (only the consultation winner, among {@link Results#trophies()})
   * @throws DefinitionException when the document is not a valid {@value #FORMAT} document
   * @throws UncheckedIOException when reading fails
   */
  public static Results read(InputStream in) {
    return read(in, FILE);
  }

  /**
   * Reads {@code results.json} back, strictly as every document of format v1: the first member is
   * {@code "format": "indiko.results/1"}; every member is present ({@code null} where a value may
   * not exist) and none is unknown; duplicate members, content after the document and non-finite
   * numbers are refused; values keep the rules of their types (identifiers, categories, counts that
   * reconcile, intervals {@code low ≤ high}). Relations between members (such as {@code rank} being
   * null for a structure that is not eligible) are not checked. The first problem found is reported
   * with its JSON pointer.
   *
   * @param in the document; read to its end, not closed
   * @param file the file's name for messages, e.g. {@code ../2016/results.json}
   * @return the results, whose {@link Results#consultation()} is empty: {@code results.json} does
   *     not hold the top ten (only the consultation winner, among {@link Results#trophies()})
   * @throws DefinitionException when the document is not a valid {@value #FORMAT} document; its one
   *     problem names the file, the JSON pointer and what is wrong
   * @throws UncheckedIOException when reading fails
   */
  public static Results read(InputStream in, String file) {
    return ResultsReader.read(in, file);
  }

  /**
   * Reads a {@code results.json} file back, e.g. the previous edition's, as {@link #read(InputStream,
   * String)} does, naming the file in every message.
   *
   * @param file the file
   * @return the results, whose {@link Results#consultation()} is empty
   * @throws InputException when the file is missing, cannot be read or is not a valid {@value
   *     #FORMAT} document; the message names the file
   */
  public static Results read(Path file) {
    try {
      return Inputs.read(file, in -> read(in, file.toString()));
    } catch (DefinitionException e) {
      throw new InputException(
          file + " is not a valid " + FORMAT + " document: " + e.getMessage(), e);
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of {@code results.json}, shipped in this module. Its {@code
   * $id} is {@code https://indiko.github.io/schema/v1/results.schema.json} (a name, never fetched);
   * it references nothing outside itself. What it accepts, {@link #read} accepts but for the rules
   * of the domain types it cannot express (counts that reconcile, {@code low ≤ high}).
   *
   * @return the schema's JSON text
   */
  public static String schema() {
    String resource = "results.schema.json";
    try (InputStream in = ResultsJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the module: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + resource, e);
    }
  }
}
