// Writers for `claimgraph extract`: the figure mentions of one or more articles
// as a review text, JSON, or rows of the claimgraph CSV import format.
#ifndef CLAIMGRAPH_EXPORTERS_MENTIONS_MENTIONS_WRITER_H_
#define CLAIMGRAPH_EXPORTERS_MENTIONS_MENTIONS_WRITER_H_

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/mention.h"

namespace claimgraph::mentions {

enum class MentionsFormat { kText, kJson, kCsv };

// "text", "json" or "csv"; anything else is a usage error.
Result<MentionsFormat> ParseMentionsFormat(std::string_view name);

// One article and what extract found in it.
struct MentionsDocument {
  std::string file;            // as named on the command line ("-" for standard input)
  std::string document;        // the CSV `document` id: the file's base name ("stdin" for "-")
  std::string_view text;       // the article; must outlive the write
  extract::Language language;  // the language it was read in (detected or forced)
  std::vector<extract::Mention> mentions;
};

// JSON: {"files": [{"file", "lang", "mentions"}],
//        "mentions": [{"file", "lang", "start", "end", "text", "value", "min", "max",
//                      "qualifier", "hedge", "counted", "percent", "currency",
//                      "sentence_start", "sentence_end"}, ...]}
// in document order, then text order. `value` is null for ranges and vague
// quantities, `min`/`max` null for definite figures. Written with RapidJSON.
Status WriteMentionsJson(std::span<const MentionsDocument> docs, bool pretty, std::ostream& out);

// CSV (RFC 4180, CRLF line ends) in the import format of docs/format.md: columns
// claim,proposition,value,qualifier,unit,as_of,source,stance,document,published,
// attributed_to,derived_from,quote then counted,text,hedge,start,end,file,lang.
// `value` is the figure or LO..HI; `quote` the sentence; `unit` "percent" for
// percentages and the currency code for money, else empty; `proposition` and
// `source` are left empty for a person to fill in.
Status WriteMentionsCsv(std::span<const MentionsDocument> docs, std::ostream& out);

// Text for review: per article, each sentence holding figures with them marked
// ⟦like this⟧, then one reading per figure:
//   "    at least 164 → [164, ∞) people killed".
Status WriteMentionsText(std::span<const MentionsDocument> docs, std::ostream& out);

Status WriteMentions(std::span<const MentionsDocument> docs, MentionsFormat format, bool pretty,
                     std::ostream& out);

// The interval a figure stands for, as the text format prints it: "225",
// "[164, ∞)", "(4000, ∞)", "(-∞, 2000]", "≈1000", "[7, 8]".
std::string Reading(const extract::Mention& m);

// A number as a claim value: integers without a decimal point, others with up to
// six significant digits ("311000", "0.0021", "0.666667").
std::string FormatNumber(double v);

}  // namespace claimgraph::mentions

#endif  // CLAIMGRAPH_EXPORTERS_MENTIONS_MENTIONS_WRITER_H_
