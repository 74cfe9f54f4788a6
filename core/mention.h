// A figure mention found in a text: what `claimgraph extract` proposes as a claim.
// The conventions (span, value, qualifier) are those of docs/extract.md. It lives
// in core because both sides use it: the extractor (importers/extract) makes
// mentions and the mention writers (exporters/mentions) print them.
#ifndef CLAIMGRAPH_CORE_MENTION_H_
#define CLAIMGRAPH_CORE_MENTION_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace claimgraph::extract {

// The language whose number conventions and words a text is read with.
// kAuto asks the extractor to tell English from Italian itself.
enum class Language : uint8_t { kAuto, kEnglish, kItalian };

// "en", "it" or "auto".
std::string_view LanguageCode(Language lang);
// Parses "en", "it" or "auto" (case-sensitive); anything else is a usage error.
Result<Language> ParseLanguage(std::string_view code);

// How a figure is hedged. The names match the claim qualifiers of docs/format.md.
enum class Qualifier : uint8_t { kExact, kAtLeast, kMoreThan, kAtMost, kAbout, kRange };

// "exact", "at_least", "more_than", "at_most", "about", "range".
std::string_view QualifierName(Qualifier q);

struct Mention {
  // Byte offsets into the text (0-based, end exclusive) of the number expression.
  size_t start = 0;
  size_t end = 0;
  std::string text;  // the bytes [start, end)

  // A definite figure has `value`; a range or vague quantity has `min` and `max`.
  std::optional<double> value;
  std::optional<double> min;
  std::optional<double> max;
  Qualifier qualifier = Qualifier::kExact;
  std::string hedge;  // the hedge words as written ("At least", "più di", "or more"), or ""
  bool hedge_follows = false;  // the hedge comes after the number ("100 or more")

  std::string counted;   // short noun phrase of what is counted; may be empty
  bool percent = false;  // a percentage ("25%", "50 per cento")
  std::string currency;  // "USD", "EUR", "tenge" ... when the figure is money

  // The sentence holding the mention, as byte offsets into the text.
  size_t sentence_start = 0;
  size_t sentence_end = 0;

  Language language = Language::kEnglish;  // the language it was read in
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_CORE_MENTION_H_
