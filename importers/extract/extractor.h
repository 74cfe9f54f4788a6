// `claimgraph extract`: every figure an article mentions, as proposed claims.
// The rules (what is a mention, its span, value and qualifier) are those of
// docs/extract.md; this is a pure function of the text.
#ifndef CLAIMGRAPH_IMPORTERS_EXTRACT_EXTRACTOR_H_
#define CLAIMGRAPH_IMPORTERS_EXTRACT_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/mention.h"

namespace claimgraph::extract {

// Finds the figure mentions of `text` (UTF-8), in text order, without overlaps.
// `lang` chooses the number conventions and number words; kAuto decides per
// paragraph (an empty-line separated block) by stop-word counts, falling back on
// the language of the whole text when a paragraph is too short to tell.
// Fails with InvalidInput (line:col) when the text is not valid UTF-8.
Result<std::vector<Mention>> ExtractMentions(std::string_view text, Language lang);

// English or Italian, whichever has more stop words in `text` ("the", "of"...
// against "il", "di"...); English on a tie or when nothing is known. Never kAuto.
Language DetectLanguage(std::string_view text);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_IMPORTERS_EXTRACT_EXTRACTOR_H_
