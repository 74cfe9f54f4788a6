#include "core/model.h"

#include <array>
#include <charconv>
#include <cmath>

namespace claimgraph {
namespace {

constexpr std::array<std::string_view, 5> kSourceKindNames = {"unknown", "person", "organisation",
                                                              "outlet", "government"};
constexpr std::array<std::string_view, 8> kQualifierNames = {
    "exact", "at_least", "more_than", "at_most", "less_than", "up_to", "about", "range"};
constexpr std::array<std::string_view, 2> kStanceNames = {"asserts", "disputes"};
constexpr std::array<std::string_view, 4> kDerivationNames = {"", "republication", "translation",
                                                              "quotation"};

template <typename Enum, size_t N>
std::optional<Enum> Lookup(const std::array<std::string_view, N>& names, std::string_view text) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

bool ParseDigits(std::string_view text, int* out) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

std::string_view Name(SourceKind kind) { return kSourceKindNames[static_cast<size_t>(kind)]; }
std::string_view Name(Qualifier qualifier) {
  return kQualifierNames[static_cast<size_t>(qualifier)];
}
std::string_view Name(StanceKind kind) { return kStanceNames[static_cast<size_t>(kind)]; }
std::string_view Name(Derivation derivation) {
  return kDerivationNames[static_cast<size_t>(derivation)];
}

std::optional<SourceKind> ParseSourceKind(std::string_view text) {
  if (text.empty()) return SourceKind::kUnknown;
  return Lookup<SourceKind>(kSourceKindNames, text);
}
std::optional<Qualifier> ParseQualifier(std::string_view text) {
  if (text.empty()) return Qualifier::kExact;
  return Lookup<Qualifier>(kQualifierNames, text);
}
std::optional<StanceKind> ParseStanceKind(std::string_view text) {
  if (text.empty()) return StanceKind::kAsserts;
  return Lookup<StanceKind>(kStanceNames, text);
}
std::optional<Derivation> ParseDerivation(std::string_view text) {
  if (text.empty()) return Derivation::kOriginal;
  return Lookup<Derivation>(kDerivationNames, text);
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.empty()) return Date{};
  int year = 0, month = 0, day = 0;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!ParseDigits(text.substr(0, 4), &year) || year < 1) return std::nullopt;
  if (text.size() >= 7) {
    if (text[4] != '-' || !ParseDigits(text.substr(5, 2), &month) || month < 1 || month > 12) {
      return std::nullopt;
    }
  }
  if (text.size() == 10) {
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int max_day = (month == 2 && !leap) ? 28 : kDays[month - 1];
    if (text[7] != '-' || !ParseDigits(text.substr(8, 2), &day) || day < 1 || day > max_day) {
      return std::nullopt;
    }
  }
  return Date{year * 10000 + month * 100 + day};
}

std::string Date::ToString() const {
  if (packed == 0) return {};
  // Hand-rolled: this runs once per claim in exports and generated ids.
  int year = packed / 10000, month = packed / 100 % 100, day = packed % 100;
  std::string out;
  out.reserve(10);
  auto digits = [&](int v, int width) {
    char buf[4];
    for (int i = width - 1; i >= 0; --i, v /= 10) buf[i] = static_cast<char>('0' + v % 10);
    out.append(buf, static_cast<size_t>(width));
  };
  digits(year, 4);
  if (month == 0) return out;
  out += '-';
  digits(month, 2);
  if (day == 0) return out;
  out += '-';
  digits(day, 2);
  return out;
}

Interval Interval::Of(Qualifier qualifier, double value, double value_hi, double about_tolerance) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  switch (qualifier) {
    case Qualifier::kExact:
      return {value, value, false, false};
    case Qualifier::kAtLeast:
      return {value, kInf, false, true};
    case Qualifier::kMoreThan:
      return {value, kInf, true, true};
    case Qualifier::kAtMost:
    case Qualifier::kUpTo:
      return {-kInf, value, true, false};
    case Qualifier::kLessThan:
      return {-kInf, value, true, true};
    case Qualifier::kAbout: {
      // value * 0.9 and value * 1.1 exactly as other tools compute them, so pairs
      // near the edge agree with SQL and Python peers bit for bit.
      double a = value * (1.0 - about_tolerance), b = value * (1.0 + about_tolerance);
      return {std::min(a, b), std::max(a, b), false, false};
    }
    case Qualifier::kRange:
      return {value, value_hi, false, false};
  }
  return {value, value, false, false};
}

bool Interval::lo_bounded() const { return std::isfinite(lo); }
bool Interval::hi_bounded() const { return std::isfinite(hi); }

std::string Interval::ToString() const {
  std::string out(lo_open ? "(" : "[");
  out += lo_bounded() ? FormatNumber(lo) : "-inf";
  out += ", ";
  out += hi_bounded() ? FormatNumber(hi) : "inf";
  out += hi_open ? ")" : "]";
  return out;
}

std::string FormatNumber(double value) {
  char buf[32];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
  if (ec != std::errc()) return "?";
  return std::string(buf, ptr);
}

}  // namespace claimgraph
