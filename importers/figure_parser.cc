#include "importers/figure_parser.h"

#include <charconv>
#include <cmath>

namespace claimgraph {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool ParseNumber(std::string_view text, double* out, std::string* error) {
  text = Trim(text);
  if (text.empty()) {
    *error = "empty number";
    return false;
  }
  // from_chars accepts "inf", "nan" and hex forms in some modes; allow only
  // [+-]digits[.digits][e[+-]digits] by checking the characters first.
  std::string_view body = text;
  if (body.front() == '+' || body.front() == '-') body.remove_prefix(1);
  if (body.empty() || !(IsDigit(body.front()) || body.front() == '.')) {
    *error = "'" + std::string(text) + "' is not a number";
    return false;
  }
  for (char c : body) {
    if (!(IsDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
      *error = "'" + std::string(text) + "' is not a number";
      return false;
    }
  }
  const char* begin = text.data() + (text.front() == '+' ? 1 : 0);
  const char* end = text.data() + text.size();
  double value = 0;
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && !std::isfinite(value))) {
    *error = "number '" + std::string(text) + "' is out of range";
    return false;
  }
  if (ec != std::errc() || ptr != end) {
    *error = "'" + std::string(text) + "' is not a number";
    return false;
  }
  if (std::fabs(value) > kMaxFigureMagnitude) {
    *error = "number '" + std::string(text) + "' exceeds the limit of 1e15 in magnitude";
    return false;
  }
  if (value == 0) value = 0;  // fold -0 into 0 so equal figures are one claim
  *out = value;
  return true;
}

bool ParseFigure(std::string_view text, ParsedFigure* out, std::string* error) {
  text = Trim(text);
  size_t dots = text.find("..");
  size_t split = std::string_view::npos, width = 0;
  if (dots != std::string_view::npos) {
    split = dots;
    width = 2;
  } else {
    // "793-8498": a '-' that follows a digit (so "-5" and "1e-3" stay numbers).
    for (size_t i = 1; i < text.size(); ++i) {
      if (text[i] == '-' && IsDigit(text[i - 1])) {
        split = i;
        width = 1;
        break;
      }
    }
  }
  if (split == std::string_view::npos) {
    if (!ParseNumber(text, &out->value, error)) return false;
    out->value_hi = out->value;
    out->is_range = false;
    return true;
  }
  double lo = 0, hi = 0;
  if (!ParseNumber(text.substr(0, split), &lo, error)) return false;
  if (!ParseNumber(text.substr(split + width), &hi, error)) return false;
  if (lo > hi) {
    *error = "range '" + std::string(text) + "' has its low end above its high end";
    return false;
  }
  out->value = lo;
  out->value_hi = hi;
  out->is_range = true;
  return true;
}

}  // namespace claimgraph
