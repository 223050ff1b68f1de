package io.github.indiko.core.format;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.io.InputFiles;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.validation.DataValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * An edition folder (formats.md): the five definition documents of one edition, read with {@link
 * FormatV1} and checked together.
 *
 * <p>An edition that names several versions of its questionnaire (analysis.md §A4) has their
 * documents in the folder {@value #QUESTIONNAIRES}, one file per version named {@code
 * ID-VERSION.json}, instead of {@value #QUESTIONNAIRE} ({@link #questionnaireFile}).
 *
 * <p>Beyond each document's own rules, {@link #load} checks that the edition names the
 * questionnaire (each version) and grid (id and version) of the folder; that every theme of a
 * question or a criterion is one of domain.md's, {@code overall}, or a key of {@code
 * scoring.themes}; that every channel of a criterion or a structure is known (domain.md's or
 * declared by the edition); that no question id is also a criterion id; and that every enrolment
 * names a known structure, once, inside the registration window. The problems of all documents are
 * reported together; the checks across documents run once every document is valid on its own, and
 * report every faulty entry (each enrolment at its index, {@code /enrolments/3}).
 */
public final class EditionFolder {
  /** File name of the edition document. */
  public static final String EDITION = "edition.json";

  /** File name of the structures document. */
  public static final String STRUCTURES = "structures.json";

  /** File name of the enrolments document. */
  public static final String ENROLMENTS = "enrolments.json";

  /** File name of the questionnaire document. */
  public static final String QUESTIONNAIRE = "questionnaire.json";

  /**
   * The folder of the questionnaire's documents when the edition names several versions
   * (analysis.md §A4), relative to the edition folder.
   */
  public static final String QUESTIONNAIRES = "questionnaires";

  /** File name of the audit grid document. */
  public static final String GRID = "grid.json";

  /**
   * File name of the population's margins, required only by an edition that asks for weighting
   * (analysis.md, Declaration).
   */
  public static final String POPULATION = "population.json";

  /**
   * The files of an edition folder in the order formats.md lists them: the five definition
   * documents, then the data files {@link DataValidator#RESPONSES} and {@link
   * DataValidator#AUDITS}.
   */
  public static final List<String> FILES =
      List.of(
          EDITION,
          STRUCTURES,
          ENROLMENTS,
          QUESTIONNAIRE,
          GRID,
          DataValidator.RESPONSES,
          DataValidator.AUDITS);

  private EditionFolder() {}

  /**
   * Reads and checks the five definition documents of an edition folder, and its {@value
   * #POPULATION} when there is one (analysis.md §A3, Declaration). Thread-safe.
   *
   * @param dir the edition folder
   * @return the definitions, checked together
   * @throws InputException when the folder does not exist or one of the five files is missing, is
   *     not a regular file (a folder, a FIFO, a device: nothing is read from it) or is unreadable;
   *     the message names the file
   * @throws DefinitionException when a document is invalid or the documents disagree; every
   *     problem found is listed, each with its file name and JSON pointer
   */
  public static EditionDefinitions load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException("edition folder " + dir + " does not exist or is not a folder");
    }
    List<DefinitionProblem> problems = new ArrayList<>();
    Edition edition = read(dir, EDITION, FormatV1::readEdition, problems);
    List<Structure> structures = read(dir, STRUCTURES, FormatV1::readStructures, problems);
    List<Enrolment> enrolments = read(dir, ENROLMENTS, FormatV1::readEnrolments, problems);
    List<Questionnaire> questionnaires = questionnaires(dir, edition, problems);
    Grid grid = read(dir, GRID, FormatV1::readGrid, problems);
    if (edition == null
        || structures == null
        || enrolments == null
        || questionnaires == null
        || grid == null) {
      throw new DefinitionException(problems);
    }
    Path populationFile = dir.resolve(POPULATION);
    Population population =
        Files.exists(populationFile, LinkOption.NOFOLLOW_LINKS)
            ? read(dir, POPULATION, FormatV1::readPopulation, problems)
            : null;
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
    EditionDefinitions definitions =
        EditionDefinitions.ofVersions(
            edition, structures, enrolments, questionnaires, grid, population);
    List<DefinitionProblem> crossProblems = CrossChecks.check(definitions);
    if (!crossProblems.isEmpty()) {
      throw new DefinitionException(crossProblems);
    }
    return definitions;
  }

  /**
   * The file of a version of the edition's questionnaire, relative to the edition folder: {@value
   * #QUESTIONNAIRE} when the edition names one version, else {@code questionnaires/ID-VERSION.json}
   * (analysis.md §A4).
   *
   * @param edition the edition
   * @param version a version of its questionnaire
   * @return the file's path, {@code /} separating its folder
   */
  public static String questionnaireFile(Edition edition, DefinitionRef version) {
    if (!edition.versioned()) {
      return QUESTIONNAIRE;
    }
    return QUESTIONNAIRES + "/" + version.id() + "-" + version.version() + ".json";
  }

  /**
   * @param edition the edition
   * @return the files of its questionnaire's versions, in the order it names them ({@link
   *     #questionnaireFile})
   */
  public static List<String> questionnaireFiles(Edition edition) {
    return edition.questionnaires().stream()
        .map(version -> questionnaireFile(edition, version))
        .toList();
  }

  /**
   * The definition files of an edition folder, in the order of {@link #FILES}, with the
   * questionnaire's files in place of {@value #QUESTIONNAIRE} ({@link #questionnaireFiles}) and
   * {@value #POPULATION} last when the definitions have a population.
   *
   * @param definitions the edition's definitions
   * @return the files' paths relative to the edition folder, {@code /} separating a folder
   */
  public static List<String> definitionFiles(EditionDefinitions definitions) {
    List<String> files = new ArrayList<>(List.of(EDITION, STRUCTURES, ENROLMENTS));
    files.addAll(questionnaireFiles(definitions.edition()));
    files.add(GRID);
    if (definitions.population() != null) {
      files.add(POPULATION);
    }
    return List.copyOf(files);
  }

  /**
   * Writes the questionnaire's documents into an edition folder as {@link #load} reads them:
   * {@value #QUESTIONNAIRE}, or one file per version in {@value #QUESTIONNAIRES} (made when
   * missing), replacing files of those names.
   *
   * @param definitions the edition's definitions
   * @param dir the edition folder, which exists
   * @throws UncheckedIOException when a file cannot be written
   */
  public static void writeQuestionnaires(EditionDefinitions definitions, Path dir) {
    Edition edition = definitions.edition();
    try {
      for (Questionnaire version : definitions.questionnaires()) {
        Path file = dir.resolve(questionnaireFile(edition, version.ref()));
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          FormatV1.writeQuestionnaire(version, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The questionnaire's documents the edition names, each checked to hold the version its name
   * says; null when a document is invalid (its problems added to {@code problems}) or the edition
   * is: then {@value #QUESTIONNAIRE} is read when there is one, for its problems.
   */
  private static @Nullable List<Questionnaire> questionnaires(
      Path dir, @Nullable Edition edition, List<DefinitionProblem> problems) {
    if (edition == null) {
      if (Files.exists(dir.resolve(QUESTIONNAIRE), LinkOption.NOFOLLOW_LINKS)) {
        read(dir, QUESTIONNAIRE, FormatV1::readQuestionnaire, problems);
      }
      return null;
    }
    List<Questionnaire> versions = new ArrayList<>();
    boolean complete = true;
    for (DefinitionRef ref : edition.questionnaires()) {
      String name = questionnaireFile(edition, ref);
      Questionnaire version = read(dir, name, FormatV1::readQuestionnaire, problems);
      if (version != null && edition.versioned() && !version.ref().equals(ref)) {
        problems.add(
            new DefinitionProblem(
                name, "", "holds questionnaire " + version.ref() + ", but its name says " + ref));
        version = null;
      }
      complete &= version != null;
      versions.add(version);
    }
    return complete ? versions : null;
  }

  /**
   * @return the document, or null when it is invalid (its problems added to {@code problems})
   */
  private static <T> @Nullable T read(
      Path dir,
      String name,
      BiFunction<InputStream, String, T> reader,
      List<DefinitionProblem> problems) {
    Path file = dir.resolve(name);
    try (InputStream in = InputFiles.open(file)) {
      return reader.apply(in, name);
    } catch (DefinitionException e) {
      problems.addAll(e.problems());
      return null;
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new InputException(
          "cannot read " + file + ": " + e.getCause().getMessage(), e.getCause());
    }
  }
}
