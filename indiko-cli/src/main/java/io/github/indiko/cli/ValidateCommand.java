package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code indiko validate}: checks the definitions and every data line, prints the counts. */
@Command(
    name = "validate",
    description = {
      "Loads the definitions of an edition folder, checks every line of responses.jsonl and"
          + " audits.jsonl, and prints the counts per source and per reason.",
      "Exits with 1 when a line was rejected."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every line was accepted",
      "1:lines were rejected",
      "2:bad usage, or --rejects names an input",
      "3:invalid definitions",
      "4:an input or output could not be read or written",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand private Indiko indiko;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "EDITION_DIR",
      description = "The edition folder (see 'indiko spec formats').")
  private Path edition;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Writes every refused line there, with its reason, as JSON Lines.")
  private @Nullable Path rejects;

  @Mixin private PseudonymiseOption pseudonymise;

  @Override
  public Integer call() {
    Pseudonymiser pseudonymiser = pseudonymise.pseudonymiser(spec);
    EditionDefinitions definitions = EditionFolder.load(edition);
    if (rejects != null) {
      InputPaths.of(edition, definitions, pseudonymise.keyFile()).refuse("--rejects", rejects);
    }
    DataValidator validator = DataValidator.of(definitions);
    DataFiles.check(validator, edition);
    PrintWriter out = spec.commandLine().getOut();
    AtomicLong lines = new AtomicLong();
    SourceCounts responses;
    SourceCounts audits;
    Path rejectsFile = rejects;
    Progress progress =
        Progress.start(spec.commandLine().getErr(), indiko.terminal(), "validating", lines::get);
    try (RejectsFile sink = RejectsFile.open(indiko.io(), rejectsFile)) {
      responses =
          read(
              DataValidator.RESPONSES,
              in ->
                  validator.validateResponses(
                      pseudonymiser == null ? in : pseudonymiser.responses(in),
                      DataValidator.RESPONSES,
                      result -> count(result, lines, sink)));
      audits =
          read(
              DataValidator.AUDITS,
              in ->
                  validator.validateAudits(
                      in, DataValidator.AUDITS, result -> count(result, lines, sink)));
      sink.commit();
    } finally {
      progress.close();
    }
    print(out, definitions, responses, audits);
    long rejected = responses.rejected() + audits.rejected();
    if (rejectsFile != null) {
      out.printf("wrote %d rejected lines to %s%n", rejected, rejectsFile);
    }
    return rejected > 0 ? Indiko.REJECTED : Indiko.OK;
  }

  /** Reads one data source of the folder. */
  private interface Source {
    SourceCounts read(InputStream in);
  }

  private SourceCounts read(String name, Source source) {
    Path file = edition.resolve(name);
    try (InputStream in = Io.open(file)) {
      return source.read(in);
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot read " + file + ": " + Io.describe(e));
    } catch (UncheckedIOException e) {
      throw new Failure(Indiko.IO, "cannot read " + file + ": " + Io.describe(e.getCause()));
    }
  }

  private static <T> void count(LineResult<T> result, AtomicLong lines, Consumer<Reject> sink) {
    lines.incrementAndGet();
    if (result instanceof LineResult.Rejected<T> rejected) {
      sink.accept(rejected.reject());
    }
  }

  private static void print(
      PrintWriter out,
      EditionDefinitions definitions,
      SourceCounts responses,
      SourceCounts audits) {
    out.printf(
        "edition %s: definitions valid (%d structures, %d enrolments)%n%n",
        definitions.edition().id().value(),
        definitions.structures().size(),
        definitions.enrolments().size());
    new Table("", "source", "read", "accepted", "rejected")
        .row(DataValidator.RESPONSES, responses.read(), responses.accepted(), responses.rejected())
        .row(DataValidator.AUDITS, audits.read(), audits.accepted(), audits.rejected())
        .print(out);
    TreeSet<RejectReason> reasons = new TreeSet<>(Comparator.comparing(RejectReason::code));
    reasons.addAll(responses.byReason().keySet());
    reasons.addAll(audits.byReason().keySet());
    if (!reasons.isEmpty()) {
      out.println();
      Table table =
          new Table("", "rejected by reason", DataValidator.RESPONSES, DataValidator.AUDITS);
      for (RejectReason reason : reasons) {
        table.row(
            reason.code(),
            responses.byReason().getOrDefault(reason, 0L),
            audits.byReason().getOrDefault(reason, 0L));
      }
      table.print(out);
    }
  }
}
