package io.github.indiko.core.format;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads and writes the five definition documents of interchange format v1 (formats.md): {@code
 * indiko.edition/1}, {@code indiko.structures/1}, {@code indiko.enrolments/1}, {@code
 * indiko.questionnaire/1} and {@code indiko.grid/1}.
 *
 * <p>Reading is strict: a document whose first member is not {@code "format":
 * "indiko.<kind>/1"}, an unknown member, a duplicate key, content after the document, a number
 * that is not finite or beyond ±1e15, or any broken rule of formats.md is refused with a {@link
 * DefinitionException} that lists every problem found, each with the file name given, the JSON
 * pointer of the faulty value and the rule. A document of more than {@value #MAX_DOCUMENT_BYTES}
 * bytes (64 MiB) is refused whole, without being parsed. Absent optional members take the defaults of
 * formats.md; {@code null} is the same as absent. Checks that need several documents (themes,
 * channels, enrolments) are made by {@link EditionFolder#load}.
 *
 * <p>Writing is deterministic: UTF-8, two-space indentation, {@code \n} line ends, {@code format}
 * first and members in the order of formats.md, optional members left out when null or at their
 * default (the settings of {@code scoring} and {@code trophies} are written whole). What is
 * written reads back to an equal object.
 *
 * <p>Readers read the stream to the end of the document and never close it; writers flush the
 * stream and never close it. All methods are thread-safe.
 */
public final class FormatV1 {
  /**
   * Largest definition document read, in bytes: 64 MiB, room for {@value
   * io.github.indiko.core.EditionDefinitions#MAX_STRUCTURES} structures of a few hundred bytes
   * each.
   */
  public static final int MAX_DOCUMENT_BYTES = 64 << 20;

  private FormatV1() {}

  /**
   * @param in a {@code indiko.edition/1} document in UTF-8
   * @param file the file name, for the problems (e.g. {@code edition.json})
   * @return the edition
   * @throws DefinitionException when the document is invalid
   * @throws UncheckedIOException when the stream fails
   */
  public static Edition readEdition(InputStream in, String file) {
    return EditionReader.read(in, file);
  }

  /**
   * @param in a {@code indiko.structures/1} document in UTF-8
   * @param file the file name, for the problems (e.g. {@code structures.json})
   * @return the structures in document order, ids unique
   * @throws DefinitionException when the document is invalid
   * @throws UncheckedIOException when the stream fails
   */
  public static List<Structure> readStructures(InputStream in, String file) {
    return StructureReader.readStructures(in, file);
  }

  /**
   * Reads enrolments. Whether they name known structures, once each, inside the registration
   * window is checked by {@link EditionFolder#load}, which knows the edition and the structures.
   *
   * @param in a {@code indiko.enrolments/1} document in UTF-8
   * @param file the file name, for the problems (e.g. {@code enrolments.json})
   * @return the enrolments in document order
   * @throws DefinitionException when the document is invalid
   * @throws UncheckedIOException when the stream fails
   */
  public static List<Enrolment> readEnrolments(InputStream in, String file) {
    return StructureReader.readEnrolments(in, file);
  }

  /**
   * Reads a questionnaire. Conditions ({@code when}) are kept as written, not parsed.
   *
   * @param in a {@code indiko.questionnaire/1} document in UTF-8
   * @param file the file name, for the problems (e.g. {@code questionnaire.json})
   * @return the questionnaire
   * @throws DefinitionException when the document is invalid
   * @throws UncheckedIOException when the stream fails
   */
  public static Questionnaire readQuestionnaire(InputStream in, String file) {
    return QuestionnaireReader.read(in, file);
  }

  /**
   * Reads an audit grid. Conditions ({@code when}) are kept as written, not parsed.
   *
   * @param in a {@code indiko.grid/1} document in UTF-8
   * @param file the file name, for the problems (e.g. {@code grid.json})
   * @return the grid
   * @throws DefinitionException when the document is invalid
   * @throws UncheckedIOException when the stream fails
   */
  public static Grid readGrid(InputStream in, String file) {
    return GridReader.read(in, file);
  }

  /**
   * Reads the population's margins of a weighted edition (analysis.md, Declaration). Whether they
   * cover the weighting keys of the edition and sum to 1 needs the edition and the questionnaire.
   *
   * @param in a {@code indiko.population/1} document in UTF-8
   * @param file the file name, for the problems (e.g. {@code population.json})
   * @return the margins, in document order
   * @throws DefinitionException when the document is invalid
   * @throws UncheckedIOException when the stream fails
   */
  public static Population readPopulation(InputStream in, String file) {
    return PopulationReader.read(in, file);
  }

  /**
   * @param edition an edition
   * @param out where to write the {@code indiko.edition/1} document, UTF-8
   * @throws IllegalArgumentException when a strategy has a parameter named {@code strategy},
   *     which format v1 cannot express
   * @throws UncheckedIOException when the stream fails
   */
  public static void writeEdition(Edition edition, OutputStream out) {
    Documents.write(DefinitionWriter.edition(edition), out);
  }

  /**
   * @param structures structures, written in list order
   * @param out where to write the {@code indiko.structures/1} document, UTF-8
   * @throws UncheckedIOException when the stream fails
   */
  public static void writeStructures(List<Structure> structures, OutputStream out) {
    Documents.write(DefinitionWriter.structures(structures), out);
  }

  /**
   * @param enrolments enrolments, written in list order
   * @param out where to write the {@code indiko.enrolments/1} document, UTF-8
   * @throws UncheckedIOException when the stream fails
   */
  public static void writeEnrolments(List<Enrolment> enrolments, OutputStream out) {
    Documents.write(DefinitionWriter.enrolments(enrolments), out);
  }

  /**
   * @param questionnaire a questionnaire
   * @param out where to write the {@code indiko.questionnaire/1} document, UTF-8
   * @throws UncheckedIOException when the stream fails
   */
  public static void writeQuestionnaire(Questionnaire questionnaire, OutputStream out) {
    Documents.write(DefinitionWriter.questionnaire(questionnaire), out);
  }

  /**
   * @param grid an audit grid
   * @param out where to write the {@code indiko.grid/1} document, UTF-8
   * @throws UncheckedIOException when the stream fails
   */
  public static void writeGrid(Grid grid, OutputStream out) {
    Documents.write(DefinitionWriter.grid(grid), out);
  }
}
