package dev.bulwark.cli;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.posture.CampaignCatalogue;
import dev.bulwark.answers.posture.CampaignQuestion;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.report.compose.CampaignBrief;
import dev.bulwark.report.compose.CampaignCase;
import dev.bulwark.report.html.BriefRenderer;
import dev.bulwark.report.html.BriefWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code bulwark campaign --out DIR}: besides the table, writes the runs' charts and tables as
 * an HTML page, from the same runs.
 */
final class CampaignPage implements CommandExtension {

  private static final String OUT = "--out";

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.builder(OUT).paramLabel("DIR").type(Path.class)
        .description("Also write the charts and tables as DIR/index.html.").build());
  }

  @Override
  public Table answer(Questions.Asked<?> asked, AnswerContext context, CommandSpec command,
      PrintWriter err) {
    Path out = command.findOption(OUT).getValue();
    if (out == null || !(asked.request() instanceof CampaignQuestion.Request request)
        || request.show() == CampaignQuestion.Show.TORNADO
        || CampaignCatalogue.theatre(request.theatre()).amphibious()) {
      return asked.answer(context);
    }
    List<CampaignResult> results = CampaignQuestion.results(request, context);
    List<Posture> postures = CampaignQuestion.postures(request);
    List<CampaignCase> cases = new ArrayList<>();
    for (int i = 0; i < postures.size(); i++) {
      cases.add(new CampaignCase(postures.get(i).id(), results.get(i)));
    }
    Path page = new BriefWriter(new BriefRenderer())
        .write(CampaignBrief.withDefaults().compose(cases).brief(), out);
    err.println("charts written to " + page.toAbsolutePath().normalize() + " ("
        + request.theatre() + ")");
    return CampaignQuestion.tabulate(request, results);
  }
}
