// The entities of a claim graph. Every entity is a compact struct of integer ids
// and interned symbols, so millions of stances fit in memory; strings live once in
// the graph's Interner (ids, names, propositions) or TextStore (quotes).
#ifndef CLAIMGRAPH_CORE_MODEL_H_
#define CLAIMGRAPH_CORE_MODEL_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "core/interner.h"

namespace claimgraph {

using SourceId = uint32_t;
using DocumentId = uint32_t;
using ClaimId = uint32_t;
using StanceId = uint32_t;
using TextId = uint32_t;  // index into a TextStore; 0 = no text
inline constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

enum class SourceKind : uint8_t { kUnknown, kPerson, kOrganisation, kOutlet, kGovernment };
enum class Qualifier : uint8_t {
  kExact,
  kAtLeast,
  kMoreThan,
  kAtMost,
  kLessThan,
  kUpTo,  // = at_most; kept apart so the wording round-trips
  kAbout,
  kRange,
};
enum class StanceKind : uint8_t { kAsserts, kDisputes };
enum class Derivation : uint8_t { kOriginal, kRepublication, kTranslation, kQuotation };

std::string_view Name(SourceKind kind);
std::string_view Name(Qualifier qualifier);
std::string_view Name(StanceKind kind);
std::string_view Name(Derivation derivation);
std::optional<SourceKind> ParseSourceKind(std::string_view text);
std::optional<Qualifier> ParseQualifier(std::string_view text);  // "" -> exact
std::optional<StanceKind> ParseStanceKind(std::string_view text);  // "" -> asserts
std::optional<Derivation> ParseDerivation(std::string_view text);

// A calendar date as precise as the text gives it: YYYY, YYYY-MM or YYYY-MM-DD.
// Packed as yyyymmdd with 00 for missing parts, so integer order is date order
// (a month sorts before its first day). 0 = unknown.
struct Date {
  int32_t packed = 0;

  bool known() const { return packed != 0; }
  static std::optional<Date> Parse(std::string_view text);  // "" -> unknown
  std::string ToString() const;
  friend bool operator==(Date, Date) = default;
  friend auto operator<=>(Date, Date) = default;
};

// A set of reals with open or closed ends; +-infinity for unbounded ends (always open).
struct Interval {
  double lo = 0;
  double hi = 0;
  bool lo_open = false;
  bool hi_open = false;

  // The interval a figure denotes. `value_hi` is used by kRange only.
  // `about_tolerance` is the relative half-width of kAbout (0.10 = +-10 %).
  static Interval Of(Qualifier qualifier, double value, double value_hi, double about_tolerance);

  // True when every point of *this lies below every point of `other`.
  bool Before(const Interval& other) const {
    return hi < other.lo || (hi == other.lo && (hi_open || other.lo_open));
  }
  bool Disjoint(const Interval& other) const { return Before(other) || other.Before(*this); }
  bool Contains(double x) const {
    return (lo < x || (lo == x && !lo_open)) && (x < hi || (x == hi && !hi_open));
  }
  bool lo_bounded() const;
  bool hi_bounded() const;
  std::string ToString() const;  // "[164, inf)", "(-inf, 100]"
};

inline constexpr double kDefaultAboutTolerance = 0.10;

struct Source {
  Symbol id = kNoSymbol;
  Symbol name = kNoSymbol;  // defaults to id
  SourceKind kind = SourceKind::kUnknown;
  uint32_t aliases_begin = 0;  // range into ClaimGraph::alias_symbols()
  uint32_t aliases_end = 0;
};

struct Document {
  Symbol id = kNoSymbol;
  Symbol title = kNoSymbol;
  Symbol url = kNoSymbol;
  Symbol language = kNoSymbol;
  Symbol file = kNoSymbol;  // text the stance offsets point into
  Date published;
  DocumentId derived_from = kNone;
  Derivation derivation = Derivation::kOriginal;
  uint32_t authors_begin = 0;  // range into ClaimGraph::author_ids()
  uint32_t authors_end = 0;
};

struct Claim {
  Symbol id = kNoSymbol;
  Symbol proposition = kNoSymbol;
  Symbol unit = kNoSymbol;
  Symbol scope = kNoSymbol;
  Symbol text = kNoSymbol;  // the figure as worded, e.g. "many dozens"
  Date as_of;
  Qualifier qualifier = Qualifier::kExact;
  double value = 0;
  double value_hi = 0;  // kRange only
  Interval interval;
};

struct Stance {
  ClaimId claim = kNone;
  SourceId source = kNone;
  DocumentId document = kNone;
  SourceId attributed_to = kNone;
  StanceKind kind = StanceKind::kAsserts;
  Symbol id = kNoSymbol;  // optional
  TextId quote = 0;
  uint32_t quote_start = kNone;  // byte offsets of the quote in the document's file
  uint32_t quote_end = kNone;
};

// Which kind of entity an attribute belongs to.
enum class EntityKind : uint8_t { kSource, kDocument, kClaim, kStance };

// A free key/value pair kept from the input (CSV extra columns, JSON "attributes").
struct Attribute {
  EntityKind owner_kind;
  uint32_t owner;  // index of the entity
  Symbol key;
  TextId value;
};

// Formats a figure compactly and exactly: shortest text that reads back to the same double.
std::string FormatNumber(double value);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_MODEL_H_
