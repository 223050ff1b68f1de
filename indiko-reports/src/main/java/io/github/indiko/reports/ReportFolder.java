package io.github.indiko.reports;

import io.github.indiko.core.io.AtomicFile;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Level;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report set into an output folder, in the layout of cli.md that {@code indiko score}, the
 * example portal and any embedder share. Stateless and thread-safe; two calls must not write to the
 * same folder at the same time.
 *
 * <h2>The layout (a contract)</h2>
 *
 * <ul>
 *   <li>{@code DIR/index.html}: the public overview ({@link #INDEX}), always written; it links to
 *       the per-structure files written by the same call, and to the auditors' agreement when
 *       there is one;
 *   <li>{@code DIR/agreement.FORMAT} ({@link #AGREEMENT}): when the edition accepted calibration
 *       audits (analysis.md §A5), the auditors' agreement, an operator's page: {@code html}
 *       always, {@code json} and {@code csv} when asked; without calibration audits nothing is
 *       written and nothing links to it;
 *   <li>{@code DIR/structures/ID/LEVEL.FORMAT} ({@link #STRUCTURES}): for each enrolled structure
 *       (ID its id), each level its enrolment allows up to the highest asked ({@code raw}, {@code
 *       analysis}, {@code organisation}) and each format asked ({@code json}, {@code csv}, {@code
 *       html}).
 * </ul>
 *
 * <p>Reports of an earlier run that this one does not write are deleted (only those nine names, in
 * a structure's folder, and the three {@code agreement} files); nothing else in the folder is
 * touched: the caller's own files, such as the CLI's {@code DIR/results.json}, {@code
 * DIR/trophies.json} and {@code DIR/rejects.jsonl}, stay.
 *
 * <p>Each file is written as an {@link AtomicFile}: whole to a temporary file in its own folder,
 * then moved into place atomically where the file system can ({@code ATOMIC_MOVE}, else a move that
 * replaces the file): a reader never sees half a report, and a failure leaves the previous file, if
 * any, in place, with no temporary file left behind.
 */
public final class ReportFolder {
  /** The overview's file name. */
  public static final String INDEX = "index.html";

  /** The folder of the per-structure reports. */
  public static final String STRUCTURES = "structures";

  /** The name of the auditors' agreement's files, before their format's extension. */
  public static final String AGREEMENT = "agreement";

  private ReportFolder() {}

  /**
   * @param reports the reports
   * @param definitions the edition's definitions, for labels
   * @param folder the output folder, created if needed; files already there are replaced
   * @param highest the highest level to write; a structure gets min(its level, highest)
   * @param formats the formats to write per structure; {@code index.html} is always written
   * @param options language and scale of the HTML pages
   * @return the files written, index first, then the agreement's (JSON, CSV, HTML), then per
   *     structure in id order, each structure's levels from raw up, each level's formats in the
   *     order JSON, CSV, HTML
   * @throws java.io.UncheckedIOException when a file cannot be written
   */
  public static List<Path> write(
      ReportSet reports,
      EditionDefinitions definitions,
      Path folder,
      Level highest,
      Set<ReportFormat> formats,
      HtmlOptions options) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(options, "options");
    Set<ReportFormat> chosen = Set.copyOf(formats);
    List<Path> written = new ArrayList<>();
    createFolder(folder);
    Overview linked = capped(reports.overview(), highest);
    AgreementReport agreement = reports.agreement();
    written.add(
        atomically(
            folder.resolve(INDEX),
            out -> ReportHtml.write(linked, agreement, definitions, options, chosen, out)));
    written.addAll(agreementFiles(agreement, definitions, folder, chosen, options));
    written.addAll(structureFiles(reports, definitions, folder, highest, chosen, options));
    return List.copyOf(written);
  }

  /**
   * Writes the auditors' agreement, its page always and its JSON and CSV when asked, and deletes
   * those of an earlier run that this one does not write.
   */
  private static List<Path> agreementFiles(
      @Nullable AgreementReport agreement,
      EditionDefinitions definitions,
      Path folder,
      Set<ReportFormat> formats,
      HtmlOptions options) {
    List<Path> written = new ArrayList<>();
    if (agreement != null) {
      for (ReportFormat format : ReportFormat.values()) {
        if (format == ReportFormat.HTML || formats.contains(format)) {
          Consumer<OutputStream> content =
              switch (format) {
                case JSON -> out -> ReportJson.write(agreement, out);
                case CSV -> out -> ReportCsv.write(agreement, out);
                case HTML -> out -> ReportHtml.write(agreement, definitions, options, out);
              };
          written.add(atomically(folder.resolve(AGREEMENT + "." + format.id()), content));
        }
      }
    }
    for (ReportFormat format : ReportFormat.values()) {
      delete(folder.resolve(AGREEMENT + "." + format.id()), written);
    }
    return written;
  }

  /** The overview whose entries name no level above {@code highest}: it links what is written. */
  private static Overview capped(Overview overview, Level highest) {
    List<StructureEntry> entries = new ArrayList<>();
    for (StructureEntry entry : overview.structures()) {
      Level level = entry.level().includes(highest) ? highest : entry.level();
      entries.add(new StructureEntry(entry.id(), entry.name(), entry.category(), level));
    }
    return new Overview(
        overview.edition(),
        overview.asOf(),
        overview.name(),
        overview.responses(),
        overview.audits(),
        overview.categories(),
        overview.trophies(),
        overview.notAwarded(),
        overview.consultation(),
        entries);
  }

  /** The per-structure part of {@link #write}, without {@code index.html}. */
  static List<Path> structureFiles(
      ReportSet reports,
      EditionDefinitions definitions,
      Path folder,
      Level highest,
      Set<ReportFormat> formats,
      HtmlOptions options) {
    Objects.requireNonNull(highest, "highest");
    List<Path> written = new ArrayList<>();
    for (StructureReports structure : reports.structures()) {
      Path dir = folder.resolve(STRUCTURES).resolve(structure.structure().id().value());
      createFolder(dir);
      int first = written.size();
      RawReport raw = structure.raw();
      level(
          written,
          dir,
          Level.RAW,
          formats,
          out -> ReportJson.write(raw, out),
          out -> ReportCsv.write(raw, out),
          out -> ReportHtml.write(raw, definitions, options, out));
      AnalysisReport analysis = structure.analysis();
      if (analysis != null && highest.includes(Level.ANALYSIS)) {
        level(
            written,
            dir,
            Level.ANALYSIS,
            formats,
            out -> ReportJson.write(analysis, out),
            out -> ReportCsv.write(analysis, out),
            out -> ReportHtml.write(analysis, definitions, options, out));
      }
      OrganisationReport organisation = structure.organisation();
      if (organisation != null && highest.includes(Level.ORGANISATION)) {
        level(
            written,
            dir,
            Level.ORGANISATION,
            formats,
            out -> ReportJson.write(organisation, out),
            out -> ReportCsv.write(organisation, out),
            out -> ReportHtml.write(organisation, definitions, options, out));
      }
      removeStale(dir, written.subList(first, written.size()));
    }
    return written;
  }

  /**
   * Deletes the reports of an earlier run that this one did not write (a lower {@code --level},
   * other formats, an enrolment whose level went down), so that no outdated report is sent out.
   * Only the nine report names are touched; other files in the folder stay.
   */
  private static void removeStale(Path dir, List<Path> written) {
    for (Level level : Level.values()) {
      for (ReportFormat format : ReportFormat.values()) {
        delete(dir.resolve(level.id() + "." + format.id()), written);
      }
    }
  }

  /** Deletes a report of an earlier run unless this one wrote it. */
  private static void delete(Path file, List<Path> written) {
    if (!written.contains(file)) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the outdated report " + file, e);
      }
    }
  }

  /** Writes one level in each chosen format, in the order of {@link ReportFormat}. */
  private static void level(
      List<Path> written,
      Path dir,
      Level level,
      Set<ReportFormat> formats,
      Consumer<OutputStream> json,
      Consumer<OutputStream> csv,
      Consumer<OutputStream> html) {
    for (ReportFormat format : ReportFormat.values()) {
      if (formats.contains(format)) {
        Consumer<OutputStream> content =
            switch (format) {
              case JSON -> json;
              case CSV -> csv;
              case HTML -> html;
            };
        written.add(atomically(dir.resolve(level.id() + "." + format.id()), content));
      }
    }
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create folder " + folder, e);
    }
  }

  /**
   * Writes a file whole beside its target, then moves it into place ({@link AtomicFile}); a
   * failure, whether the renderer or the file met it, names the file.
   */
  private static Path atomically(Path target, Consumer<OutputStream> content) {
    try {
      AtomicFile.write(target, content::accept);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot write " + target, e.getCause());
    }
  }
}
