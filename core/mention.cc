#include "core/mention.h"

#include <string>

namespace claimgraph::extract {

std::string_view LanguageCode(Language lang) {
  switch (lang) {
    case Language::kEnglish:
      return "en";
    case Language::kItalian:
      return "it";
    case Language::kAuto:
      break;
  }
  return "auto";
}

Result<Language> ParseLanguage(std::string_view code) {
  if (code == "en") return Language::kEnglish;
  if (code == "it") return Language::kItalian;
  if (code == "auto") return Language::kAuto;
  return Status::Usage("unknown language '" + std::string(code) + "' (expected en, it or auto)");
}

std::string_view QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kMoreThan:
      return "more_than";
    case Qualifier::kAtMost:
      return "at_most";
    case Qualifier::kAbout:
      return "about";
    case Qualifier::kRange:
      return "range";
  }
  return "exact";
}

}  // namespace claimgraph::extract
