// `claimgraph extract FILE... [--format text|json|csv] [--lang en|it|auto] [-o OUT]`:
// every figure the articles mention, proposed as claims.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/input.h"
#include "cli/output.h"
#include "exporters/mentions/mentions_writer.h"
#include "importers/extract/extractor.h"

namespace claimgraph::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> files;
  std::string format = "text";
  std::string lang = "auto";
  OutputFlags output;
  bool pretty = false;
};

// The CSV `document` id of an input: its base name; standard input is "stdin".
std::string DocumentName(const std::string& file) {
  if (file == "-") return "stdin";
  std::string name = std::filesystem::path(file).filename().string();
  return name.empty() ? file : name;
}

Status RunExtract(const ExtractFlags& flags, const CommandIo& io) {
  Result<mentions::MentionsFormat> format = mentions::ParseMentionsFormat(flags.format);
  if (!format.ok()) return format.status();
  Result<extract::Language> lang = extract::ParseLanguage(flags.lang);
  if (!lang.ok()) return lang.status();
  if (flags.files.empty())
    return Status::Usage("extract: no input file (use - for standard input)");
  size_t stdin_uses = 0;
  for (const std::string& f : flags.files) stdin_uses += f == "-";
  if (stdin_uses > 1) return Status::Usage("extract: standard input (-) named more than once");

  // The texts must outlive the documents, which view into them.
  std::vector<std::string> texts;
  texts.reserve(flags.files.size());
  std::vector<mentions::MentionsDocument> docs;
  docs.reserve(flags.files.size());
  for (const std::string& file : flags.files) {
    Result<std::string> text = ReadInput(file, *io.in);
    if (!text.ok()) return text.status();
    texts.push_back(std::move(text).value());
    const std::string& t = texts.back();
    Result<std::vector<extract::Mention>> found = extract::ExtractMentions(t, *lang);
    if (!found.ok()) {
      SourceLoc loc = found.status().loc();
      loc.file = file;
      return found.status().WithLoc(std::move(loc));
    }
    mentions::MentionsDocument doc;
    doc.file = file;
    doc.document = DocumentName(file);
    doc.text = t;
    doc.language = *lang == extract::Language::kAuto ? extract::DetectLanguage(t) : *lang;
    doc.mentions = std::move(found).value();
    docs.push_back(std::move(doc));
  }

  auto output = Output::Open(flags.output, *io.out);
  if (!output.ok()) return output.status();
  CG_RETURN_IF_ERROR(mentions::WriteMentions(docs, *format, flags.pretty, (*output)->stream()));
  return (*output)->Commit();
}

}  // namespace

void AddExtractCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "find every figure in articles (English, Italian) and propose them as claims");
  cmd->add_option("files", flags->files, "plain-text UTF-8 articles (- reads standard input)")
      ->required();
  cmd->add_option("--format,-f", flags->format,
                  "text (for review), json, or csv (the import format: fill in source and "
                  "proposition, then run check)")
      ->check(CLI::IsMember({"text", "json", "csv"}));
  cmd->add_option("--lang", flags->lang, "en, it, or auto (per paragraph, by stop words)")
      ->check(CLI::IsMember({"en", "it", "auto"}));
  AddOutputOptions(*cmd, &flags->output);
  cmd->add_flag("--pretty", flags->pretty, "indent JSON");
  cmd->callback([flags, io, outcome] { outcome->status = RunExtract(*flags, io); });
}

}  // namespace claimgraph::cli
