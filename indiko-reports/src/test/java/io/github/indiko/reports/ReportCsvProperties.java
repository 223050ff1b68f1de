package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.TextAnswers;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvProperties {
  @Test
  void write_anyNameAndTexts_readBackModuloNeutralisation() {
    qt().forAll(
            CsvTexts.texts(), lists().of(CsvTexts.texts()).ofSizeBetween(0, 5))
        .checkAssert(
            (name, texts) -> {
              StructureInfo structure =
                  new StructureInfo(
                      ReportFixtures.LYON.edition(),
                      ReportFixtures.LYON.id(),
                      name,
                      ReportFixtures.LYON.category(),
                      ReportFixtures.LYON.level(),
                      ReportFixtures.LYON.asOf());
              QuestionDetail comment = ReportFixtures.COMMENT;
              RawReport report =
                  new RawReport(
                      structure,
                      ReportFixtures.RESPONSES,
                      ReportFixtures.AUDITS,
                      List.of(
                          new QuestionDetail(
                              comment.id(),
                              comment.type(),
                              comment.theme(),
                              comment.scored(),
                              texts.size(),
                              comment.na(),
                              comment.distribution(),
                              comment.n(),
                              comment.mean(),
                              comment.satisfaction(),
                              comment.net(),
                              comment.nps(),
                              comment.quantities(),
                              new TextAnswers(texts.size(), texts))),
                      List.of());

              List<List<String>> rows = ReportCsvTest.parsed(report, ReportCsv::write);

              assertThat(rows)
                  .filteredOn(row -> row.get(3).equals("name"))
                  .extracting(row -> row.get(4))
                  .containsExactly(neutralised(name));
              assertThat(rows)
                  .filteredOn(row -> row.get(3).equals("text"))
                  .extracting(row -> row.get(4))
                  .containsExactlyElementsOf(texts.stream().map(t -> neutralised(t)).toList());
              assertThat(rows)
                  .allSatisfy(
                      row -> {
                        assertThat(row).hasSize(5);
                        assertThat(row).noneMatch(CsvTexts::dangerous);
                      });
            });
  }

  private static String neutralised(String text) {
    return CsvTexts.dangerous(text) ? "'" + text : text;
  }
}
