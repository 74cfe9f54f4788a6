#include "importers/json_importer.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/graph_builder.h"
#include "core/model.h"
#include "importers/figure_parser.h"
#include "importers/json_scan.h"
#include "importers/read_ahead.h"
#include "importers/text_location.h"
#include "importers/utf8.h"

namespace claimgraph {
namespace {

// Limits against runaway or hostile input (a later robustness pass may extend them):
// - Nesting: claimgraph/1 needs 4 levels (top object > array > entity > aliases,
//   authors, value or attributes). A 5th level is rejected as soon as it opens,
//   so RapidJSON's recursive descent (and ScanJson's) never goes deeper than that,
//   whatever the input.
// - Strings (keys and values): 1 MiB each. No id, name or quote is anywhere near
//   that; a larger one is a broken file, and refusing it bounds per-string work.
// - Numbers: figures go through ParseNumber (|v| <= 1e15, no inf/nan, -0 is 0) like
//   the CSV importer's, so both formats accept the same figures; quote offsets are
//   integers below 2^32 - 1.
constexpr int kMaxDepth = 4;
constexpr size_t kMaxStringBytes = size_t{1} << 20;

constexpr size_t kNoOffset = std::numeric_limits<size_t>::max();

// Every field any entity has; each kind accepts a subset (the tables below).
enum class Field : uint8_t {
  kId,
  kName,
  kKind,
  kAliases,
  kAttributes,
  kTitle,
  kUrl,
  kLanguage,
  kPublished,
  kAuthors,
  kDerivedFrom,
  kDerivation,
  kFile,
  kProposition,
  kValue,
  kQualifier,
  kUnit,
  kScope,
  kAsOf,
  kText,
  kClaim,
  kSource,
  kStance,
  kDocument,
  kAttributedTo,
  kQuote,
  kQuoteStart,
  kQuoteEnd,
  kUnknown,  // not a field name
};
static_assert(static_cast<int>(Field::kQuoteEnd) < 32, "seen-field mask is 32 bits");

uint32_t Bit(Field field) { return uint32_t{1} << static_cast<int>(field); }

struct FieldName {
  std::string_view name;
  Field field;
};

constexpr FieldName kSourceFields[] = {
    {"id", Field::kId},           {"name", Field::kName},
    {"kind", Field::kKind},       {"aliases", Field::kAliases},
    {"attributes", Field::kAttributes},
};
constexpr FieldName kDocumentFields[] = {
    {"id", Field::kId},
    {"title", Field::kTitle},
    {"url", Field::kUrl},
    {"language", Field::kLanguage},
    {"published", Field::kPublished},
    {"authors", Field::kAuthors},
    {"derived_from", Field::kDerivedFrom},
    {"derivation", Field::kDerivation},
    {"file", Field::kFile},
    {"attributes", Field::kAttributes},
};
constexpr FieldName kClaimFields[] = {
    {"id", Field::kId},       {"proposition", Field::kProposition},
    {"value", Field::kValue}, {"qualifier", Field::kQualifier},
    {"unit", Field::kUnit},   {"scope", Field::kScope},
    {"as_of", Field::kAsOf},  {"text", Field::kText},
    {"attributes", Field::kAttributes},
};
constexpr FieldName kStanceFields[] = {
    {"id", Field::kId},
    {"claim", Field::kClaim},
    {"source", Field::kSource},
    {"stance", Field::kStance},
    {"document", Field::kDocument},
    {"attributed_to", Field::kAttributedTo},
    {"quote", Field::kQuote},
    {"quote_start", Field::kQuoteStart},
    {"quote_end", Field::kQuoteEnd},
    {"attributes", Field::kAttributes},
};

// The fields each kind accepts, as a mask of Bit(field).
template <size_t N>
constexpr uint32_t MaskOf(const FieldName (&fields)[N]) {
  uint32_t mask = 0;
  for (const FieldName& f : fields) mask |= uint32_t{1} << static_cast<int>(f.field);
  return mask;
}
constexpr uint32_t kFieldsOf[] = {MaskOf(kSourceFields), MaskOf(kDocumentFields),
                                  MaskOf(kClaimFields), MaskOf(kStanceFields)};  // by EntityKind

// The field a key names, whatever the kind, or kUnknown: each key of an object is
// looked up once, on the parsing thread, by comparing its 16 bytes (zero-padded)
// as two words with the few field names of its length.
class FieldTable {
 public:
  constexpr FieldTable() {
    Add(kSourceFields);
    Add(kDocumentFields);
    Add(kClaimFields);
    Add(kStanceFields);
    // Grouped by length: entries_[first_[n] .. first_[n + 1]) are n bytes long.
    for (size_t i = 1; i < count_; ++i) {
      for (size_t j = i; j > 0 && entries_[j - 1].size > entries_[j].size; --j) {
        const Entry e = entries_[j];
        entries_[j] = entries_[j - 1];
        entries_[j - 1] = e;
      }
    }
    for (size_t n = 0, i = 0; n <= kWidth + 1; ++n) {
      while (i < count_ && entries_[i].size < n) ++i;
      first_[n] = i;
    }
  }
  // `readable`: the 16 bytes from key.data() may be read, whatever the key's
  // length (a key in a padded text); then its words are loaded and masked,
  // rather than copied out byte by byte first (whose stores the word loads would
  // wait on).
  Field Find(std::string_view key, bool readable) const {
    const size_t n = key.size();
    if (n > kWidth) return Field::kUnknown;
    uint64_t w0 = 0, w1 = 0;
    if (readable) {
      std::memcpy(&w0, key.data(), 8);
      std::memcpy(&w1, key.data() + 8, 8);
      w0 &= n >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;
      w1 &= n >= 16 ? ~uint64_t{0} : n <= 8 ? 0 : (uint64_t{1} << (8 * (n - 8))) - 1;
    } else {
      char padded[kWidth] = {};
      std::memcpy(padded, key.data(), n);
      std::memcpy(&w0, padded, 8);
      std::memcpy(&w1, padded + 8, 8);
    }
    for (size_t i = first_[n]; i < first_[n + 1]; ++i) {
      if (entries_[i].w0 == w0 && entries_[i].w1 == w1) return entries_[i].field;
    }
    return Field::kUnknown;
  }

 private:
  static constexpr size_t kWidth = 16;
  struct Entry {
    uint64_t w0 = 0, w1 = 0;
    size_t size = 0;
    Field field = Field::kUnknown;
  };
  // Little-endian words of the name, zero-padded, as Find loads them.
  static constexpr uint64_t Word(std::string_view name, size_t from) {
    uint64_t w = 0;
    for (size_t i = 0; i < 8 && from + i < name.size(); ++i) {
      w |= uint64_t{static_cast<unsigned char>(name[from + i])} << (8 * i);
    }
    return w;
  }
  constexpr void Add(std::span<const FieldName> fields) {
    for (const FieldName& f : fields) {
      if (f.name.size() > kWidth) throw "a field name longer than FieldTable::kWidth";
      bool known = false;
      for (size_t i = 0; i < count_; ++i) known = known || entries_[i].field == f.field;
      if (!known)
        entries_[count_++] = Entry{Word(f.name, 0), Word(f.name, 8), f.name.size(), f.field};
    }
  }
  Entry entries_[static_cast<int>(Field::kUnknown)] = {};
  size_t count_ = 0;
  size_t first_[kWidth + 2] = {};
};
constexpr FieldTable kFieldTable;

std::string_view FieldText(Field field) {
  for (const FieldName& f : kSourceFields) {
    if (f.field == field) return f.name;
  }
  for (const FieldName& f : kDocumentFields) {
    if (f.field == field) return f.name;
  }
  for (const FieldName& f : kClaimFields) {
    if (f.field == field) return f.name;
  }
  for (const FieldName& f : kStanceFields) {
    if (f.field == field) return f.name;
  }
  return "?";
}

// What a field's value must be, worded for error messages.
std::string_view ExpectedType(Field field) {
  switch (field) {
    case Field::kAliases:
    case Field::kAuthors:
      return "an array of strings";
    case Field::kAttributes:
      return "an object of string values";
    case Field::kValue:
      return "a number or [min, max]";
    case Field::kQuoteStart:
    case Field::kQuoteEnd:
      return "a non-negative integer";
    default:
      return "a string";
  }
}

// The four arrays of the top-level object, and the format marker.
enum class TopKey : uint8_t { kFormat, kSources, kDocuments, kClaims, kStances };

std::string_view TopKeyText(TopKey key) {
  switch (key) {
    case TopKey::kFormat:
      return "format";
    case TopKey::kSources:
      return "sources";
    case TopKey::kDocuments:
      return "documents";
    case TopKey::kClaims:
      return "claims";
    case TopKey::kStances:
      return "stances";
  }
  return "?";
}

std::string_view KindText(EntityKind kind) {
  switch (kind) {
    case EntityKind::kSource:
      return "source";
    case EntityKind::kDocument:
      return "document";
    case EntityKind::kClaim:
      return "claim";
    case EntityKind::kStance:
      return "stance";
  }
  return "?";
}

// A reference whose target was not defined yet when it was read. Only these are
// remembered (16 bytes each), and checked once the whole file is read.
enum class RefRole : uint8_t {
  kStanceClaim,
  kStanceSource,
  kStanceDocument,
  kStanceAttributedTo,
  kDocumentAuthor,
  kDocumentDerivedFrom,
};

struct PendingRef {
  size_t hint;  // where the reference's token starts
  uint32_t index;
  RefRole role;
};

// An attribute read before its owner's index is known (attributes may precede
// "id", and a stance's index exists only once it is added): kept until EndObject.
struct PendingAttribute {
  Symbol key;
  TextId value;
  size_t hint;
};

// The fields of the entity object being read. Scalars are reset per object; the
// vectors keep their capacity, so reading millions of objects allocates nothing.
struct EntityFields {
  uint32_t seen = 0;  // Bit(field) for each field read
  size_t start_hint = 0;
  size_t id_hint = 0;
  size_t value_hint = 0;
  size_t qualifier_hint = 0;
  size_t derivation_hint = 0;
  size_t quote_start_hint = 0;
  uint32_t index = kNone;  // the entity's own index (source/document/claim), from "id"
  Symbol id = kNoSymbol;   // stance id (stances have no index until added)
  Symbol name = kNoSymbol;
  Symbol title = kNoSymbol;
  Symbol url = kNoSymbol;
  Symbol language = kNoSymbol;
  Symbol file = kNoSymbol;
  Symbol proposition = kNoSymbol;
  Symbol unit = kNoSymbol;
  Symbol scope = kNoSymbol;
  Symbol text = kNoSymbol;
  SourceKind kind = SourceKind::kUnknown;
  Qualifier qualifier = Qualifier::kExact;
  StanceKind stance = StanceKind::kAsserts;
  Derivation derivation = Derivation::kOriginal;
  Date published;
  Date as_of;
  double value = 0;
  double value_hi = 0;
  bool value_is_range = false;
  uint32_t claim = kNone;
  uint32_t source = kNone;
  uint32_t document = kNone;
  uint32_t attributed_to = kNone;
  uint32_t derived_from = kNone;
  TextId quote = 0;
  uint32_t quote_start = kNone;
  uint32_t quote_end = kNone;
};

const EntityFields kNoFields{};

// The SAX handler: one bool method per RapidJSON event, driven by an explicit
// state machine. Returning false stops the parse; status_ then says why.
class Handler {
 public:
  Handler(std::string_view text, std::string_view file_name, GraphBuilder* builder)
      : text_(text), file_name_(file_name), builder_(builder) {}

  // Where the token of the event about to be delivered starts.
  void set_position(size_t offset) { position_ = offset; }
  void set_release(std::function<void(size_t)> release) { release_ = std::move(release); }
  const Status& status() const { return status_; }
  // Room for about `entities` of each kind: the lookups of where each was defined
  // need not regrow (each regrowth a copy into fresh pages).
  void Reserve(size_t entities) {
    for (std::vector<uint32_t>& at : defined_at_) at.reserve(entities);
  }
  // Whether stances name their claims in the claims' order so far (see Reference):
  // then their claims need no lookup, nor its prefetches.
  bool claims_in_order() const { return claims_in_order_; }

  // RapidJSON events. Numbers arrive as text (kParseNumbersAsStringsFlag), so the
  // typed number events are never called; they are here for the Handler concept.
  bool Null() {
    Mark();
    return WrongType("null");
  }
  bool Bool(bool) {
    Mark();
    return WrongType("a boolean");
  }
  bool Int(int) { return Unexpected(); }
  bool Uint(unsigned) { return Unexpected(); }
  bool Int64(int64_t) { return Unexpected(); }
  bool Uint64(uint64_t) { return Unexpected(); }
  bool Double(double) { return Unexpected(); }
  bool RawNumber(const char* str, rapidjson::SizeType length, bool /*copy*/);
  bool String(const char* str, rapidjson::SizeType length, bool /*copy*/);
  // RawNumber() and String() for a claim's value and a date the parser has read
  // (on its own thread, which has time to spare): where the handler expects one,
  // it takes that reading; anywhere else the event is what it would have been.
  bool ReadNumber(const char* str, rapidjson::SizeType length, double value);
  bool ReadDate(const char* str, rapidjson::SizeType length, Date date);
  // String(), for a string whose Interner::Hash the parser worked out (0: not).
  bool HashedString(const char* str, rapidjson::SizeType length, uint64_t hash) {
    hash_ = hash;
    const bool ok = String(str, length, true);
    hash_ = 0;
    return ok;
  }
  // A string the parser has stored in the graph's texts already, as `id`, for its
  // place (see EventRecorder): a stance's quote or an attribute's value takes it;
  // anything else is a String.
  bool Text(TextId id, const char* str, rapidjson::SizeType length);
  // `field`: the field the key names (FieldTable), or kUnknown.
  bool Key(const char* str, rapidjson::SizeType length, Field field);
  bool StartObject();
  bool EndObject(rapidjson::SizeType);
  bool StartArray();
  bool EndArray(rapidjson::SizeType);

  // After a successful parse: the references that were pending must now resolve.
  Status Finish();

 private:
  enum class State : uint8_t {
    kRoot,            // before the top-level value
    kTop,             // in the top-level object: a key or its end
    kTopValue,        // the value of top_key_
    kEntities,        // in one of the four arrays: an entity object or the end
    kEntity,          // in an entity object: a key or its end
    kFieldValue,      // the value of field_
    kStrings,         // in an aliases or authors array
    kRange,           // in a claim's [min, max]
    kAttributes,      // in an attributes object: a key or its end
    kAttributeValue,  // the value of attribute_key_
    kDone,            // after the top-level object
  };

  // The current event's token starts at hint_ (EventRecorder works it out).
  void Mark() { hint_ = position_; }
  // The current string's Interner::Hash: the parser's, if it worked it out.
  uint64_t HashOf(std::string_view s) const { return hash_ != 0 ? hash_ : Interner::Hash(s); }
  bool Fail(size_t at, std::string message) {
    status_ = Status::InvalidInput(std::move(message), LocationOf(text_, at, file_name_));
    return false;
  }
  bool Unexpected() {
    Mark();
    return Fail(hint_, "internal error: unexpected number event");
  }
  std::string_view Str(Symbol symbol) { return builder_->symbols().Str(symbol); }

  bool WrongType(std::string_view got);
  // Asked of every key and string: inline, the message out of line.
  bool CheckString(std::string_view s) { return s.size() <= kMaxStringBytes || TooLong(s.size()); }
  bool TooLong(size_t size) {
    return Fail(hint_, "string of " + std::to_string(size) +
                           " bytes exceeds the limit of 1 MiB (1048576 bytes)");
  }
  bool TopString(std::string_view s);
  bool FieldString(std::string_view s);
  bool FieldNumber(std::string_view s);
  bool ListString(std::string_view s);
  bool NonEmpty(std::string_view s, std::string_view what);
  uint32_t Reference(RefRole role, std::string_view id);
  bool CommitEntity();
  bool CommitSource();
  bool CommitDocument();
  bool CommitClaim();
  bool CommitStance();
  bool CommitAttributes(EntityKind kind, uint32_t owner);
  bool Define(EntityKind kind, uint32_t index);
  bool Missing(std::string_view field);

  std::string_view text_;
  static constexpr size_t kReleaseEvery = size_t{8} << 20;
  std::function<void(size_t)> release_;  // Importer::Release, called every 8 MiB
  size_t released_ = 0;
  std::string_view file_name_;
  GraphBuilder* builder_;
  size_t position_ = 0;
  Status status_;

  size_t hint_ = 0;  // where the current event's token starts
  int depth_ = 0;
  State state_ = State::kRoot;

  uint32_t top_seen_ = 0;  // bit per TopKey
  TopKey top_key_ = TopKey::kFormat;
  EntityKind kind_ = EntityKind::kSource;  // of the array being read
  Field field_ = Field::kId;               // whose value comes next
  size_t list_hint_ = 0;                   // start of the current [min, max]
  int range_count_ = 0;

  EntityFields entity_;
  uint64_t hash_ = 0;  // see HashOf()
  std::vector<Symbol> aliases_;
  std::vector<SourceId> authors_;
  std::vector<PendingAttribute> attributes_;
  std::vector<std::pair<Symbol, uint32_t>> attribute_order_;  // scratch for duplicates

  struct RefCache {
    std::string id;
    uint32_t index = kNone;
  };
  RefCache ref_cache_[6];  // by RefRole
  bool claims_in_order_ = false;  // the last new claim a stance named came next in order

  std::vector<PendingRef> pending_;
  // Where each source/document/claim was defined in this file (by index), for
  // "first defined at line N"; kNotDefinedHere when defined by another input.
  // Offsets fit 32 bits: Load takes texts under 4 GiB.
  static constexpr uint32_t kNotDefinedHere = UINT32_MAX;
  std::vector<uint32_t> defined_at_[3];
};

bool Handler::WrongType(std::string_view got) {
  std::string message;
  switch (state_) {
    case State::kRoot:
      message = "expected a JSON object with \"format\": \"claimgraph/1\" at the top level, not ";
      break;
    case State::kTopValue:
      message = Quoted(TopKeyText(top_key_));
      message += top_key_ == TopKey::kFormat ? " must be a string, not " : " must be an array, not ";
      break;
    case State::kEntities:
      message = "each element of " + Quoted(TopKeyText(top_key_)) + " must be an object, not ";
      break;
    case State::kFieldValue:
      message = std::string(KindText(kind_)) + " field " + Quoted(FieldText(field_)) + " must be " +
                std::string(ExpectedType(field_)) + ", not ";
      break;
    case State::kStrings:
      message = std::string(KindText(kind_)) + " field " + Quoted(FieldText(field_)) +
                " must hold only strings, not ";
      break;
    case State::kRange:
      message = "claim field 'value' as [min, max] must hold two numbers, not ";
      break;
    case State::kAttributeValue:
      message = "attribute " + Quoted(Str(attributes_.back().key)) + " must be a string, not ";
      break;
    case State::kTop:
    case State::kEntity:
    case State::kAttributes:
    case State::kDone:
      message = "internal error: unexpected ";
      break;
  }
  message += got;
  return Fail(hint_, std::move(message));
}

bool Handler::NonEmpty(std::string_view s, std::string_view what) {
  if (!s.empty()) return true;
  return Fail(hint_, std::string(KindText(kind_)) + " field " + Quoted(what) + " must not be empty");
}

bool Handler::StartObject() {
  Mark();
  if (++depth_ > kMaxDepth) {
    return Fail(hint_, "JSON nested deeper than 4 levels; claimgraph/1 never nests deeper");
  }
  switch (state_) {
    case State::kRoot:
      state_ = State::kTop;
      return true;
    case State::kEntities:
      // From a constant: a temporary's fresh stores, read back at once as wider
      // loads for the copy, stalled store forwarding (a tenth of the handler).
      entity_ = kNoFields;
      entity_.start_hint = hint_;
      aliases_.clear();
      authors_.clear();
      attributes_.clear();
      state_ = State::kEntity;
      return true;
    case State::kFieldValue:
      if (field_ != Field::kAttributes) return WrongType("an object");
      state_ = State::kAttributes;
      return true;
    default:
      return WrongType("an object");
  }
}

bool Handler::EndObject(rapidjson::SizeType) {
  Mark();
  --depth_;
  switch (state_) {
    case State::kTop:
      if (!(top_seen_ & (1u << static_cast<int>(TopKey::kFormat)))) {
        return Fail(hint_, "missing \"format\": \"claimgraph/1\"");
      }
      state_ = State::kDone;
      return true;
    case State::kEntity:
      state_ = State::kEntities;
      // Every entity up to this '}' is committed: its bytes are read for good.
      if (release_ && hint_ - released_ >= kReleaseEvery) {
        released_ = hint_;
        release_(hint_);
      }
      return CommitEntity();
    case State::kAttributes:
      state_ = State::kEntity;
      return true;
    default:
      return Fail(hint_, "internal error: unexpected end of object");
  }
}

bool Handler::StartArray() {
  Mark();
  if (++depth_ > kMaxDepth) {
    return Fail(hint_, "JSON nested deeper than 4 levels; claimgraph/1 never nests deeper");
  }
  switch (state_) {
    case State::kTopValue:
      switch (top_key_) {
        case TopKey::kFormat:
          return WrongType("an array");
        case TopKey::kSources:
          kind_ = EntityKind::kSource;
          break;
        case TopKey::kDocuments:
          kind_ = EntityKind::kDocument;
          break;
        case TopKey::kClaims:
          kind_ = EntityKind::kClaim;
          break;
        case TopKey::kStances:
          kind_ = EntityKind::kStance;
          break;
      }
      state_ = State::kEntities;
      return true;
    case State::kFieldValue:
      if (field_ == Field::kAliases || field_ == Field::kAuthors) {
        state_ = State::kStrings;
        return true;
      }
      if (field_ == Field::kValue) {
        list_hint_ = hint_;
        entity_.value_hint = hint_;
        range_count_ = 0;
        state_ = State::kRange;
        return true;
      }
      return WrongType("an array");
    default:
      return WrongType("an array");
  }
}

bool Handler::EndArray(rapidjson::SizeType) {
  Mark();
  --depth_;
  switch (state_) {
    case State::kEntities:
      state_ = State::kTop;
      return true;
    case State::kStrings:
      state_ = State::kEntity;
      return true;
    case State::kRange:
      if (range_count_ != 2) {
        return Fail(list_hint_, "claim field 'value' as an array must be [min, max], with two numbers");
      }
      entity_.value_is_range = true;
      state_ = State::kEntity;
      return true;
    default:
      return Fail(hint_, "internal error: unexpected end of array");
  }
}

bool Handler::Key(const char* str, rapidjson::SizeType length, Field field) {
  Mark();
  std::string_view key(str, length);
  if (!CheckString(key)) return false;
  switch (state_) {
    case State::kTop: {
      static constexpr TopKey kKeys[] = {TopKey::kFormat, TopKey::kSources, TopKey::kDocuments,
                                         TopKey::kClaims, TopKey::kStances};
      for (TopKey k : kKeys) {
        if (TopKeyText(k) == key) {
          uint32_t bit = 1u << static_cast<int>(k);
          if (top_seen_ & bit) return Fail(hint_, "duplicate top-level field " + Quoted(key));
          top_seen_ |= bit;
          top_key_ = k;
          state_ = State::kTopValue;
          return true;
        }
      }
      return Fail(hint_, "unknown top-level field " + Quoted(key) +
                             " (expected format, sources, documents, claims, stances)");
    }
    case State::kEntity: {
      if (field == Field::kUnknown || !(kFieldsOf[static_cast<int>(kind_)] & Bit(field))) {
        return Fail(hint_, "unknown field " + Quoted(key) + " in " + std::string(KindText(kind_)));
      }
      if (entity_.seen & Bit(field)) {
        return Fail(hint_,
                    "duplicate field " + Quoted(key) + " in " + std::string(KindText(kind_)));
      }
      entity_.seen |= Bit(field);
      field_ = field;
      state_ = State::kFieldValue;
      return true;
    }
    case State::kAttributes:
      attributes_.push_back(PendingAttribute{builder_->Intern(key), 0, hint_});
      state_ = State::kAttributeValue;
      return true;
    default:
      return Fail(hint_, "internal error: unexpected key");
  }
}

bool Handler::String(const char* str, rapidjson::SizeType length, bool) {
  Mark();
  std::string_view s(str, length);
  if (!CheckString(s)) return false;
  switch (state_) {
    case State::kTopValue:
      if (top_key_ != TopKey::kFormat) return WrongType("a string");
      return TopString(s);
    case State::kFieldValue:
      state_ = State::kEntity;
      return FieldString(s);
    case State::kStrings:
      return ListString(s);
    case State::kAttributeValue:  // delivered by Text()
      return Fail(hint_, "internal error: an attribute value not stored ahead");
    default:
      return WrongType("a string");
  }
}

bool Handler::Text(TextId id, const char* str, rapidjson::SizeType length) {
  const bool quote = state_ == State::kFieldValue && field_ == Field::kQuote;
  if (!quote && state_ != State::kAttributeValue) return String(str, length, true);
  Mark();
  if (!CheckString(std::string_view(str, length))) return false;
  if (quote) {
    entity_.quote = id;
    state_ = State::kEntity;
  } else {
    attributes_.back().value = id;
    state_ = State::kAttributes;
  }
  return true;
}

bool Handler::TopString(std::string_view s) {
  if (s != "claimgraph/1") {
    return Fail(hint_, "unsupported format " + Quoted(s) + " (expected \"claimgraph/1\")");
  }
  state_ = State::kTop;
  return true;
}

uint32_t Handler::Reference(RefRole role, std::string_view id) {
  // Consecutive objects often name the same target (our own export sorts stances
  // by claim): the last id per role skips the interner's hash probe. Skipping the
  // pending check is safe: an earlier reference to that target is already pending.
  RefCache& cache = ref_cache_[static_cast<int>(role)];
  if (cache.index != kNone && cache.id == id) return cache.index;
  uint32_t index = kNone;
  EntityKind kind = EntityKind::kSource;
  switch (role) {
    case RefRole::kStanceClaim:
      // It also lists the claims in that order, so the claim after the last one
      // named is the likely next: its id is read from memory read just before,
      // where the interner's lookup is a walk through cold memory.
      index = cache.index != kNone ? cache.index + 1 : 0;
      claims_in_order_ = index < builder_->num_claims() && Str(builder_->claim(index).id) == id;
      if (!claims_in_order_) index = builder_->ClaimById(id, HashOf(id));
      kind = EntityKind::kClaim;
      break;
    case RefRole::kStanceDocument:
    case RefRole::kDocumentDerivedFrom:
      index = builder_->DocumentById(id, HashOf(id));
      kind = EntityKind::kDocument;
      break;
    case RefRole::kStanceSource:
    case RefRole::kStanceAttributedTo:
    case RefRole::kDocumentAuthor:
      // An alias makes a placeholder source that Build() merges into the real one;
      // whether the alias exists is only known at the end of the file.
      index = builder_->SourceById(id, HashOf(id));
      kind = EntityKind::kSource;
      break;
  }
  if (!builder_->IsDefined(kind, index)) pending_.push_back(PendingRef{hint_, index, role});
  cache.id.assign(id);  // reuses its capacity: no allocation once ids fit
  cache.index = index;
  return index;
}

bool Handler::FieldString(std::string_view s) {
  EntityFields& e = entity_;
  switch (field_) {
    case Field::kId:
      if (!NonEmpty(s, "id")) return false;
      e.id_hint = hint_;
      switch (kind_) {
        case EntityKind::kSource:
          e.index = builder_->SourceById(s, HashOf(s));
          break;
        case EntityKind::kDocument:
          e.index = builder_->DocumentById(s, HashOf(s));
          break;
        case EntityKind::kClaim:
          e.index = builder_->ClaimById(s, HashOf(s));
          break;
        case EntityKind::kStance:
          e.id = builder_->symbols().Intern(s, HashOf(s));
          break;
      }
      return true;
    case Field::kName:
      e.name = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kKind: {
      std::optional<SourceKind> kind = s.empty() ? std::nullopt : ParseSourceKind(s);
      if (!kind) {
        return Fail(hint_, "unknown source kind " + Quoted(s) +
                               " (expected person, organisation, outlet, government, unknown)");
      }
      e.kind = *kind;
      return true;
    }
    case Field::kTitle:
      e.title = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kUrl:
      e.url = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kLanguage:
      e.language = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kFile:
      e.file = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kPublished:
    case Field::kAsOf: {
      std::optional<Date> date = s.empty() ? std::nullopt : Date::Parse(s);
      if (!date) {
        return Fail(hint_, "bad date " + Quoted(s) + " in " + Quoted(FieldText(field_)) +
                               " (expected YYYY, YYYY-MM or YYYY-MM-DD)");
      }
      (field_ == Field::kPublished ? e.published : e.as_of) = *date;
      return true;
    }
    case Field::kDerivedFrom:
      if (!NonEmpty(s, "derived_from")) return false;
      e.derived_from = Reference(RefRole::kDocumentDerivedFrom, s);
      return true;
    case Field::kDerivation: {
      std::optional<Derivation> derivation = s.empty() ? std::nullopt : ParseDerivation(s);
      if (!derivation) {
        return Fail(hint_, "unknown derivation " + Quoted(s) +
                               " (expected republication, translation, quotation)");
      }
      e.derivation = *derivation;
      e.derivation_hint = hint_;
      return true;
    }
    case Field::kProposition:
      if (!NonEmpty(s, "proposition")) return false;
      e.proposition = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kQualifier: {
      std::optional<Qualifier> qualifier = s.empty() ? std::nullopt : ParseQualifier(s);
      if (!qualifier) {
        return Fail(hint_, "unknown qualifier " + Quoted(s) +
                               " (expected exact, at_least, more_than, at_most, less_than, "
                               "up_to, about, range)");
      }
      e.qualifier = *qualifier;
      e.qualifier_hint = hint_;
      return true;
    }
    case Field::kUnit:
      e.unit = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kScope:
      e.scope = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kText:
      e.text = builder_->symbols().Intern(s, HashOf(s));
      return true;
    case Field::kClaim:
      if (!NonEmpty(s, "claim")) return false;
      e.claim = Reference(RefRole::kStanceClaim, s);
      return true;
    case Field::kSource:
      if (!NonEmpty(s, "source")) return false;
      e.source = Reference(RefRole::kStanceSource, s);
      return true;
    case Field::kDocument:
      if (!NonEmpty(s, "document")) return false;
      e.document = Reference(RefRole::kStanceDocument, s);
      return true;
    case Field::kAttributedTo:
      if (!NonEmpty(s, "attributed_to")) return false;
      e.attributed_to = Reference(RefRole::kStanceAttributedTo, s);
      return true;
    case Field::kStance: {
      std::optional<StanceKind> stance = s.empty() ? std::nullopt : ParseStanceKind(s);
      if (!stance) return Fail(hint_, "unknown stance " + Quoted(s) + " (expected asserts, disputes)");
      e.stance = *stance;
      return true;
    }
    case Field::kQuote:  // delivered by Text()
      return Fail(hint_, "internal error: a quote not stored ahead");
    case Field::kAliases:
    case Field::kAuthors:
    case Field::kAttributes:
    case Field::kValue:
    case Field::kQuoteStart:
    case Field::kQuoteEnd:
      state_ = State::kFieldValue;  // WrongType words the message by field_
      return WrongType("a string");
    case Field::kUnknown:
      break;  // Key() let no such field through
  }
  return Fail(hint_, "internal error: unhandled field");
}

bool Handler::ListString(std::string_view s) {
  if (field_ == Field::kAliases) {
    if (!NonEmpty(s, "aliases")) return false;
    aliases_.push_back(builder_->symbols().Intern(s, HashOf(s)));
    return true;
  }
  if (!NonEmpty(s, "authors")) return false;
  authors_.push_back(Reference(RefRole::kDocumentAuthor, s));
  return true;
}

bool Handler::RawNumber(const char* str, rapidjson::SizeType length, bool) {
  Mark();
  std::string_view s(str, length);
  switch (state_) {
    case State::kFieldValue:
      return FieldNumber(s);
    case State::kRange: {
      if (range_count_ == 2) {
        return Fail(list_hint_, "claim field 'value' as an array must be [min, max], with two numbers");
      }
      double v = 0;
      std::string error;
      if (!ParseNumber(s, &v, &error)) return Fail(hint_, "claim field 'value': " + error);
      (range_count_ == 0 ? entity_.value : entity_.value_hi) = v;
      ++range_count_;
      return true;
    }
    default:
      return WrongType("a number");
  }
}

bool Handler::ReadNumber(const char* str, rapidjson::SizeType length, double value) {
  if (state_ != State::kFieldValue || field_ != Field::kValue) return RawNumber(str, length, true);
  Mark();
  entity_.value = value;
  entity_.value_hi = value;
  entity_.value_hint = hint_;
  state_ = State::kEntity;
  return true;
}

bool Handler::ReadDate(const char* str, rapidjson::SizeType length, Date date) {
  if (state_ != State::kFieldValue || (field_ != Field::kPublished && field_ != Field::kAsOf)) {
    return String(str, length, true);
  }
  Mark();
  state_ = State::kEntity;
  (field_ == Field::kPublished ? entity_.published : entity_.as_of) = date;
  return true;
}

bool Handler::FieldNumber(std::string_view s) {
  if (field_ == Field::kValue) {
    std::string error;
    if (!ParseNumber(s, &entity_.value, &error)) return Fail(hint_, "claim field 'value': " + error);
    entity_.value_hi = entity_.value;
    entity_.value_hint = hint_;
    state_ = State::kEntity;
    return true;
  }
  if (field_ == Field::kQuoteStart || field_ == Field::kQuoteEnd) {
    // RapidJSON has checked the JSON number syntax; an offset must also be a plain
    // non-negative integer that fits the 32-bit field (kNone is its "absent").
    uint64_t v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || v >= kNone) {
      return Fail(hint_, "stance field " + Quoted(FieldText(field_)) +
                             " must be an integer from 0 to 4294967294, not " + std::string(s));
    }
    if (field_ == Field::kQuoteStart) {
      entity_.quote_start = static_cast<uint32_t>(v);
      entity_.quote_start_hint = hint_;
    } else {
      entity_.quote_end = static_cast<uint32_t>(v);
    }
    state_ = State::kEntity;
    return true;
  }
  return WrongType("a number");
}

bool Handler::Missing(std::string_view field) {
  std::string message(KindText(kind_));
  bool has_id = kind_ == EntityKind::kStance ? entity_.id != kNoSymbol : entity_.index != kNone;
  if (has_id && field != "id") {
    Symbol id = kNoSymbol;
    switch (kind_) {
      case EntityKind::kSource:
        id = builder_->source(entity_.index).id;
        break;
      case EntityKind::kDocument:
        id = builder_->document(entity_.index).id;
        break;
      case EntityKind::kClaim:
        id = builder_->claim(entity_.index).id;
        break;
      case EntityKind::kStance:
        id = entity_.id;
        break;
    }
    // Appended piecewise: GCC 12 at -O3 warns falsely (-Wrestrict) on `" " + string`.
    message += " '";
    message += Str(id);
    message += "'";
  }
  message += " has no '";
  message += field;
  message += "'";
  return Fail(entity_.start_hint, std::move(message));
}

// Marks the entity defined; a second definition of one id is an error at its "id".
bool Handler::Define(EntityKind kind, uint32_t index) {
  bool fresh = false;
  Symbol id = kNoSymbol;
  switch (kind) {
    case EntityKind::kSource:
      fresh = builder_->DefineSource(index);
      id = builder_->source(index).id;
      break;
    case EntityKind::kDocument:
      fresh = builder_->DefineDocument(index);
      id = builder_->document(index).id;
      break;
    case EntityKind::kClaim:
      fresh = builder_->DefineClaim(index);
      id = builder_->claim(index).id;
      break;
    case EntityKind::kStance:
      return true;
  }
  std::vector<uint32_t>& at = defined_at_[static_cast<int>(kind)];
  if (fresh) {
    if (at.size() <= index) at.resize(index + 1, kNotDefinedHere);
    at[index] = static_cast<uint32_t>(entity_.id_hint);
    return true;
  }
  std::string message = "duplicate " + std::string(KindText(kind)) + " id " + Quoted(Str(id));
  if (index < at.size() && at[index] != kNotDefinedHere) {
    message += " (first defined at line " +
               std::to_string(LocationOf(text_, at[index], file_name_).line) + ")";
  } else {
    message += " (first defined in an earlier input)";
  }
  return Fail(entity_.id_hint, std::move(message));
}

bool Handler::CommitEntity() {
  switch (kind_) {
    case EntityKind::kSource:
      return CommitSource();
    case EntityKind::kDocument:
      return CommitDocument();
    case EntityKind::kClaim:
      return CommitClaim();
    case EntityKind::kStance:
      return CommitStance();
  }
  return false;
}

bool Handler::CommitSource() {
  const EntityFields& e = entity_;
  if (e.index == kNone) return Missing("id");
  if (!Define(EntityKind::kSource, e.index)) return false;
  Source& s = builder_->source(e.index);
  s.name = e.name;
  s.kind = e.kind;
  for (Symbol alias : aliases_) builder_->AddAlias(e.index, Str(alias));
  return CommitAttributes(EntityKind::kSource, e.index);
}

bool Handler::CommitDocument() {
  const EntityFields& e = entity_;
  if (e.index == kNone) return Missing("id");
  if ((e.seen & Bit(Field::kDerivation)) && e.derived_from == kNone) {
    return Fail(e.derivation_hint, "document has 'derivation' but no 'derived_from'");
  }
  if (!Define(EntityKind::kDocument, e.index)) return false;
  Document& d = builder_->document(e.index);
  d.title = e.title;
  d.url = e.url;
  d.language = e.language;
  d.file = e.file;
  d.published = e.published;
  d.derived_from = e.derived_from;
  if (e.derived_from != kNone) {
    d.derivation = e.derivation == Derivation::kOriginal ? Derivation::kRepublication : e.derivation;
  }
  for (SourceId author : authors_) builder_->AddAuthor(e.index, author);
  return CommitAttributes(EntityKind::kDocument, e.index);
}

bool Handler::CommitClaim() {
  const EntityFields& e = entity_;
  if (e.index == kNone) return Missing("id");
  if (!(e.seen & Bit(Field::kProposition))) return Missing("proposition");
  if (!(e.seen & Bit(Field::kValue))) return Missing("value");
  Qualifier qualifier = e.qualifier;
  if (e.value_is_range) {
    if (!(e.seen & Bit(Field::kQualifier))) {
      qualifier = Qualifier::kRange;  // a [min, max] says range by itself
    } else if (qualifier != Qualifier::kRange) {
      return Fail(e.qualifier_hint, "qualifier " + Quoted(Name(qualifier)) +
                                        " needs a single number, but 'value' is [min, max]");
    }
    if (e.value > e.value_hi) {
      return Fail(e.value_hint, "range [" + FormatNumber(e.value) + ", " + FormatNumber(e.value_hi) +
                                    "] has its low end above its high end");
    }
  } else if (qualifier == Qualifier::kRange) {
    return Fail(e.value_hint, "qualifier 'range' needs 'value' as [min, max]");
  }
  if (!Define(EntityKind::kClaim, e.index)) return false;
  Claim& c = builder_->claim(e.index);
  c.proposition = e.proposition;
  c.unit = e.unit;
  c.scope = e.scope;
  c.text = e.text;
  c.as_of = e.as_of;
  builder_->SetFigure(e.index, qualifier, e.value, e.value_hi);
  return CommitAttributes(EntityKind::kClaim, e.index);
}

bool Handler::CommitStance() {
  const EntityFields& e = entity_;
  if (e.claim == kNone) return Missing("claim");
  if (e.source == kNone) return Missing("source");
  if (e.document == kNone) return Missing("document");
  if (e.quote_start != kNone && e.quote_end != kNone && e.quote_start > e.quote_end) {
    return Fail(e.quote_start_hint, "quote_start " + std::to_string(e.quote_start) +
                                        " is after quote_end " + std::to_string(e.quote_end));
  }
  Stance s;
  s.claim = e.claim;
  s.source = e.source;
  s.document = e.document;
  s.attributed_to = e.attributed_to;
  s.kind = e.stance;
  s.id = e.id;
  s.quote = e.quote;
  s.quote_start = e.quote_start;
  s.quote_end = e.quote_end;
  // Stance ids are uint32_t and kNone is reserved: refuse rather than wrap (several
  // files merge into one builder, so the total can grow past one file's share).
  if (builder_->num_stances() >= kNone - 1) {
    return Fail(e.start_hint, "too many stances: the limit is 4294967294 (stance ids are 32-bit)");
  }
  StanceId id = builder_->AddStance(s);
  return CommitAttributes(EntityKind::kStance, id);
}

bool Handler::CommitAttributes(EntityKind kind, uint32_t owner) {
  if (attributes_.empty()) return true;
  if (attributes_.size() > 1) {
    // Sorting finds a repeated key in n log n whatever the object's size; the
    // repeat reported is the first one in the file.
    attribute_order_.clear();
    for (uint32_t i = 0; i < attributes_.size(); ++i) attribute_order_.emplace_back(attributes_[i].key, i);
    std::sort(attribute_order_.begin(), attribute_order_.end());
    uint32_t first_repeat = kNone;
    for (size_t i = 1; i < attribute_order_.size(); ++i) {
      if (attribute_order_[i].first == attribute_order_[i - 1].first) {
        first_repeat = std::min(first_repeat, attribute_order_[i].second);
      }
    }
    if (first_repeat != kNone) {
      const PendingAttribute& a = attributes_[first_repeat];
      return Fail(a.hint, "duplicate attribute " + Quoted(Str(a.key)) + " in " +
                              std::string(KindText(kind)));
    }
  }
  for (const PendingAttribute& a : attributes_) {
    builder_->AddAttribute(kind, owner, Str(a.key), a.value);
  }
  return true;
}

Status Handler::Finish() {
  // Sources may be named by alias, which only a whole-input check can confirm;
  // remember each placeholder's answer, as one alias is often referenced many times.
  std::unordered_map<uint32_t, bool> source_known;
  for (const PendingRef& ref : pending_) {
    std::string_view owner = "stance";
    std::string_view what;
    EntityKind kind = EntityKind::kSource;
    switch (ref.role) {
      case RefRole::kStanceClaim:
        what = "claim";
        kind = EntityKind::kClaim;
        break;
      case RefRole::kStanceDocument:
        what = "document";
        kind = EntityKind::kDocument;
        break;
      case RefRole::kStanceSource:
        what = "source";
        break;
      case RefRole::kStanceAttributedTo:
        what = "attributed_to source";
        break;
      case RefRole::kDocumentAuthor:
        owner = "document";
        what = "author source";
        break;
      case RefRole::kDocumentDerivedFrom:
        owner = "document";
        what = "derived_from document";
        kind = EntityKind::kDocument;
        break;
    }
    if (builder_->IsDefined(kind, ref.index)) continue;
    Symbol id = kNoSymbol;
    if (kind == EntityKind::kSource) {
      auto [it, inserted] = source_known.emplace(ref.index, false);
      if (inserted) it->second = builder_->SourceKnown(Str(builder_->source(ref.index).id));
      if (it->second) continue;
      id = builder_->source(ref.index).id;
    } else if (kind == EntityKind::kClaim) {
      id = builder_->claim(ref.index).id;
    } else {
      id = builder_->document(ref.index).id;
    }
    Fail(ref.hint, "dangling reference: " + std::string(owner) + " names " + std::string(what) + " " +
                       Quoted(Str(id)) + " which is not defined");
    return status_;
  }
  return Status();
}

// ---- parsing ahead ----

// One SAX event as the parser reported it: strings (keys, values, numbers as text)
// are copied into the batch, since the parser's buffer is gone by replay time.
struct JsonEvent {
  enum class Kind : uint8_t {
    kNull,
    kBool,
    kNumber,
    kString,
    kReadNumber,  // a claim's value, read by the parser: hash holds the double's bits
    kReadDate,    // a date, read by the parser: hash holds Date::packed
    kText,
    kKey,
    kStartObject,
    kEndObject,
    kStartArray,
    kEndArray
  };
  // Which table the handler looks a string up in, for Replay's prefetches.
  // kClaim: a stance's claim, a symbol the handler may find without a lookup.
  enum class Lookup : uint8_t { kNone, kSymbol, kSource, kClaim };
  static constexpr uint32_t kNoKey = UINT32_MAX;

  Kind kind;
  bool in_text = false;  // the string's bytes are the input's own (see EventRecorder)
  Lookup lookup = Lookup::kNone;
  Field key_field = Field::kUnknown;  // the Field the key names, if key_size says there is one
  uint32_t size;                      // string length, or member / element count
  // Offsets fit 32 bits: JsonImporter::Load takes texts under 4 GiB, and a batch's
  // copied strings are fewer bytes than the text. (32 bytes an event: a large
  // file's events pass between the two cores by the gigabyte.)
  uint32_t chars;     // where the string starts: in the input, or in EventBatch::chars
  uint32_t position;  // where the event's token starts in the input
  // kString: a short value's Interner::Hash (see Replay), else 0; kText: its TextId;
  // kKey: the Field it names; kReadNumber, kReadDate: the value read.
  uint64_t hash = 0;
  // The object key just before this value, when it stands unescaped in the input
  // (nearly always): its quote's offset and its length, or kNoKey. One event for
  // both halves of a member spares each core a third of its events.
  uint32_t key_at = 0;
  uint32_t key_size = kNoKey;
};

static_assert(sizeof(JsonEvent) == 32);

struct EventBatch {
  std::vector<JsonEvent> events;
  std::string chars;
  bool last = false;  // the parse ended after these events, with `result`
  rapidjson::ParseResult result;
};

// Records the tokens of ScanJson or of RapidJSON's Reader (through ReaderTokens:
// importers/json_scan.h) as events, into batches, handing each full batch over.
//
// It also stores the free texts (stances' quotes, attributes' values) in the
// graph's TextStore, which is this thread's alone while the file is read: they are
// most of the input's bytes, and ScanJson leaves this thread the faster of the two
// (the handler stored them from the sixteenth session to the eighteenth, while the
// Reader read every string here). It tells them by their place alone (the value
// after a "quote" key, a value in an object opened after an "attributes" key): a
// superset of where the handler takes texts, which checks everything else and
// treats any other such string as a String. And it marks the strings of the fields
// the handler looks up, for Replay's prefetches.
//
// The Reader does not check UTF-8 (kParseValidateEncodingFlag would turn off its
// 16-byte string scan for a byte-at-a-time one), and that scan (RapidJSON 1.1)
// lets the control bytes 0x1A-0x1F through: each string is checked here instead,
// before its event is recorded, so the parse stops at the first byte the Reader's
// byte loop would have refused, with its error (RecordEvents reports it).
//
// ScanJson checks its strings the same way (it leaves any that fail to the
// Reader), so a recorder it feeds (`checked`) does not check them again. A
// recorder that reads a text again after another (RecordEvents) continues the
// other's open batch, and drops the events the other recorded already.
class EventRecorder {
 public:
  EventRecorder(std::string_view text, bool checked, TextStore* texts, ReadAhead<EventBatch>& out,
                size_t events_per_batch, EventBatch* open_batch = nullptr, size_t recorded = 0)
      : text_(text),
        checked_(checked),
        texts_(texts),
        out_(out),
        events_per_batch_(std::max<size_t>(1, events_per_batch)),
        batch_(open_batch),
        skip_(recorded) {}
  // Events recorded (or dropped as recorded already) so far.
  size_t recorded() const { return recorded_; }
  // The batch being filled; nullptr once the consumer has quit.
  EventBatch* batch() const { return batch_; }
  bool Open() {
    batch_ = out_.Open();
    if (batch_ == nullptr) return false;
    batch_->events.clear();
    batch_->chars.clear();
    batch_->last = false;
    return true;
  }
  void Finish(rapidjson::ParseResult result) {
    if (batch_ == nullptr) return;  // the consumer quit
    if (key_size_ != JsonEvent::kNoKey) {
      // The parse stopped after a key, before its value: the key is its own
      // event, so the handler still sees it before the error.
      next_hash_ = static_cast<uint64_t>(key_field_);
      const uint32_t at = key_at_, size = key_size_;
      key_size_ = JsonEvent::kNoKey;
      if (!Point(JsonEvent::Kind::kKey, at, text_.data() + at + 1, size)) return;
    }
    batch_->last = true;
    batch_->result = result;
    out_.Close();
  }

  // The tokens, each with the offset where it starts (see ScanJson).
  bool Null(size_t at) { return Add(JsonEvent::Kind::kNull, at, 0); }
  bool Bool(size_t at, bool) { return Add(JsonEvent::Kind::kBool, at, 0); }
  bool Number(size_t start, size_t length) {  // a number is its own text
    JsonEvent::Kind kind = JsonEvent::Kind::kNumber;
    if (after_ == After::kValueKey) {
      double value = 0;
      std::string error;  // unused: the handler reads it again to say what is wrong
      if (ParseNumber(text_.substr(start, length), &value, &error)) {
        kind = JsonEvent::Kind::kReadNumber;
        next_hash_ = std::bit_cast<uint64_t>(value);
      }
    }
    return Point(kind, start, text_.data() + start, length);
  }
  bool String(size_t open, const char* str, size_t length) {
    const char* in_text = InText(open, length);
    // Read from the input's bytes where they stand there: the parser has just
    // written `str` byte by byte, and a word load over fresh byte stores stalls.
    const std::string_view bytes(in_text != nullptr ? in_text : str, length);
    if (!checked_ && !Acceptable(open, bytes, in_text != nullptr)) return false;
    JsonEvent::Kind kind = JsonEvent::Kind::kString;
    if (after_ == After::kQuoteKey || depth_ == attributes_depth_) {
      kind = JsonEvent::Kind::kText;
      // Not again for a text a recorder before this one stored (see Add).
      next_hash_ = skip_ > 0 ? 0 : texts_->Add(bytes);
    } else if (after_ == After::kDateKey) {
      const std::optional<Date> date = bytes.empty() ? std::nullopt : Date::Parse(bytes);
      if (date) {
        kind = JsonEvent::Kind::kReadDate;
        next_hash_ = static_cast<uint32_t>(date->packed);
      }
    } else if (length <= kHashedLength) {
      // Ids, names and propositions are short: hashed here for the interner (and
      // source ids for their own index). Not the rest (dates, enums), which the
      // handler reads but does not look up.
      next_lookup_ = depth_ == list_depth_           ? list_lookup_
                     : after_ == After::kInternedKey ? JsonEvent::Lookup::kSymbol
                     : after_ == After::kSourceKey   ? JsonEvent::Lookup::kSource
                     : after_ == After::kClaimKey    ? JsonEvent::Lookup::kClaim
                                                     : JsonEvent::Lookup::kNone;
      if (next_lookup_ != JsonEvent::Lookup::kNone) next_hash_ = Interner::Hash(bytes);
    }
    return in_text != nullptr ? Point(kind, open, in_text, length) : Copy(kind, open, str, length);
  }
  bool Key(size_t open, const char* str, size_t length) {
    const char* in_text = InText(open, length);
    const std::string_view key(in_text != nullptr ? in_text : str, length);
    if (!checked_ && !Acceptable(open, key, in_text != nullptr)) return false;
    const Field field = kFieldTable.Find(key, in_text != nullptr);
    bool ok = true;
    if (in_text != nullptr) {  // rides on its value's event (see JsonEvent)
      key_at_ = static_cast<uint32_t>(open);
      key_size_ = length;
      key_field_ = field;
    } else {
      next_hash_ = static_cast<uint64_t>(field);
      ok = Copy(JsonEvent::Kind::kKey, open, str, length);
    }
    after_ = field == Field::kQuote                                     ? After::kQuoteKey
             : field == Field::kAttributes                              ? After::kAttributesKey
             : field == Field::kClaim                                   ? After::kClaimKey
             : field == Field::kPublished || field == Field::kAsOf      ? After::kDateKey
             : field == Field::kValue                                   ? After::kValueKey
             : Interned(field)                                          ? After::kInternedKey
             : field == Field::kSource || field == Field::kAttributedTo ? After::kSourceKey
             : field == Field::kAliases                                 ? After::kInternedList
             : field == Field::kAuthors                                 ? After::kSourceList
                                                                        : After::kOther;
    return ok;
  }
  bool StartObject(size_t at) {
    const bool attributes = after_ == After::kAttributesKey;
    const bool ok = Start(JsonEvent::Kind::kStartObject, at);
    if (attributes) attributes_depth_ = depth_;
    return ok;
  }
  bool EndObject(size_t at, size_t members) {
    if (depth_ == attributes_depth_) attributes_depth_ = -1;
    --depth_;
    return Add(JsonEvent::Kind::kEndObject, at, static_cast<uint32_t>(members));
  }
  bool StartArray(size_t at) {
    const After after = after_;
    const bool ok = Start(JsonEvent::Kind::kStartArray, at);
    if (after == After::kInternedList || after == After::kSourceList) {
      list_depth_ = depth_;
      list_lookup_ =
          after == After::kSourceList ? JsonEvent::Lookup::kSource : JsonEvent::Lookup::kSymbol;
    }
    return ok;
  }
  bool EndArray(size_t at, size_t elements) {
    if (depth_ == list_depth_) list_depth_ = -1;
    --depth_;
    return Add(JsonEvent::Kind::kEndArray, at, static_cast<uint32_t>(elements));
  }
  // The parse stopped at nesting the handler refuses (it says so on replay):
  // RapidJSON's reader recurses, so hostile nesting must not reach it.
  bool too_deep() const { return depth_ > kMaxDepth; }
  // The parse stopped at this byte of a string (see Acceptable); else kNoOffset.
  size_t rejected() const { return rejected_; }
  // The Reader stopped with an error at `offset`. If that was inside a string, the
  // first byte of it before `offset` that its byte loop would have refused, which
  // comes first; else kNoOffset. (Every string before CheckedTo() is checked, and
  // between strings no quote stands: a quote before `offset` opens that string.)
  size_t RejectedBefore(size_t offset) const {
    const size_t open = text_.find('"', CheckedTo());
    if (open >= offset) return kNoOffset;
    const size_t bad = FirstInvalidUtf8OrControl(text_.substr(open + 1, offset - open - 1));
    return bad == kWellFormed ? kNoOffset : open + 1 + bad;
  }

 private:
  static constexpr size_t kHashedLength = 64;
  // What the last event says of a string that follows it.
  enum class After : uint8_t {
    kOther,
    kQuoteKey,
    kAttributesKey,
    kInternedKey,
    kClaimKey,
    kDateKey,
    kValueKey,
    kSourceKey,
    kInternedList,  // "aliases": an array of names
    kSourceList,    // "authors": an array of source ids
  };

  // Fields whose string values the handler interns (ids, references to documents
  // and claims, names): Replay prefetches their interner slots, and for source
  // references the slot in the sources' own index. Not the rest (dates, enums): a
  // prefetch of a slot nobody reads only takes a miss the handler's real lookups
  // wait behind.
  static bool Interned(Field field) {
    switch (field) {
      case Field::kId:
      case Field::kUrl:
      case Field::kUnit:
      case Field::kName:
      case Field::kFile:
      case Field::kText:
      case Field::kClaim:
      case Field::kScope:
      case Field::kTitle:
      case Field::kDocument:
      case Field::kLanguage:
      case Field::kProposition:
      case Field::kDerivedFrom:
        return true;
      default:
        return false;
    }
  }

  // Most strings hold no escape, so their bytes stand in the input as they are:
  // the event points there and nothing is copied. The string opened at `open`;
  // the `length` bytes after that quote are the string exactly when the byte after
  // them is its closing quote. (With an escape the decoded string is shorter than
  // its source, so that byte falls inside the string, where a quote only appears
  // escaped, after a backslash, and an unescaped string holds no backslash.)
  // Returns where the string stands, or nullptr.
  const char* InText(size_t open, rapidjson::SizeType length) const {
    const size_t close = open + 1 + length;
    if (text_[close] != '"' || text_[close - 1] == '\\') return nullptr;
    return text_.data() + open + 1;
  }
  // Whether the string opened at `open`, whose decoded bytes are `value` (the
  // input's own when `in_text`), holds in the input only what the Reader's byte
  // loop accepts: well-formed UTF-8 and no control byte. If not, the parse stops
  // and rejected() says where. The input's bytes of an escape are printable
  // ASCII, and any other byte is its own decoded self, so a string whose decoded
  // bytes are printable ASCII needs no second look.
  bool Acceptable(size_t open, std::string_view value, bool in_text) {
    last_open_ = open;
    if (IsPrintableAscii(value)) {  // most strings, and then no second look
      last_close_ = in_text ? open + 1 + value.size() : kNoOffset;  // found if needed
      return true;
    }
    const size_t close = in_text ? open + 1 + value.size() : ClosingQuote(open);
    last_close_ = close;
    const size_t bad = FirstInvalidUtf8OrControl(text_.substr(open + 1, close - open - 1));
    if (bad == kWellFormed) return true;
    rejected_ = open + 1 + bad;
    return false;
  }
  // Where the last string checked ends in the input (0 before the first).
  size_t CheckedTo() const {
    if (last_open_ == kNoOffset) return 0;
    return (last_close_ != kNoOffset ? last_close_ : ClosingQuote(last_open_)) + 1;
  }
  // The closing quote of the string opened at `open`, which the Reader has read.
  size_t ClosingQuote(size_t open) const {
    size_t at = open;
    while (true) {
      at = text_.find('"', at + 1);
      size_t backslashes = 0;
      while (text_[at - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return at;
    }
  }
  bool Point(JsonEvent::Kind kind, size_t start, const char* in_text, rapidjson::SizeType length) {
    return Add(kind, start, length, static_cast<size_t>(in_text - text_.data()), /*in_text=*/true);
  }
  bool Copy(JsonEvent::Kind kind, size_t start, const char* str, size_t length) {
    const size_t at = batch_->chars.size();
    if (skip_ == 0) batch_->chars.append(str, length);
    return Add(kind, start, length, at);
  }
  bool Start(JsonEvent::Kind kind, size_t at) {
    const bool ok = Add(kind, at, 0);
    return ++depth_ <= kMaxDepth && ok;
  }
  // Returns false (stopping the parse) only when the consumer has quit.
  bool Add(JsonEvent::Kind kind, size_t start, size_t size, size_t chars = 0,
           bool in_text = false) {
    ++recorded_;
    if (skip_ > 0) {  // recorded by the recorder before this one
      --skip_;
      key_size_ = JsonEvent::kNoKey;
      next_hash_ = 0;
      next_lookup_ = JsonEvent::Lookup::kNone;
      after_ = After::kOther;
      return true;
    }
    batch_->events.push_back(JsonEvent{kind, in_text, next_lookup_, key_field_,
                                       static_cast<uint32_t>(size), static_cast<uint32_t>(chars),
                                       static_cast<uint32_t>(start), next_hash_, key_at_,
                                       key_size_});
    key_size_ = JsonEvent::kNoKey;
    next_hash_ = 0;
    next_lookup_ = JsonEvent::Lookup::kNone;
    after_ = After::kOther;
    if (batch_->events.size() < events_per_batch_) return true;
    out_.Close();
    return Open();
  }

  std::string_view text_;
  bool checked_;  // strings come checked (see the class comment)
  TextStore* texts_;
  ReadAhead<EventBatch>& out_;
  size_t events_per_batch_;
  EventBatch* batch_ = nullptr;
  size_t skip_ = 0;  // events still to drop (see the constructor)
  size_t recorded_ = 0;
  int depth_ = 0;
  int attributes_depth_ = -1;  // the depth of the attributes object the parser is in
  int list_depth_ = -1;        // the depth of the aliases or authors array it is in
  JsonEvent::Lookup list_lookup_ = JsonEvent::Lookup::kNone;  // what that array's strings are
  After after_ = After::kOther;
  uint64_t next_hash_ = 0;
  JsonEvent::Lookup next_lookup_ = JsonEvent::Lookup::kNone;
  // The key the next event carries (see JsonEvent), if key_size_ is not kNoKey.
  uint32_t key_at_ = 0;
  uint32_t key_size_ = JsonEvent::kNoKey;
  Field key_field_ = Field::kUnknown;
  // The last string checked: its quotes (the closing one kNoOffset until needed).
  size_t last_open_ = kNoOffset, last_close_ = kNoOffset;
  size_t rejected_ = kNoOffset;
};

// `text` is padded (kTextPadding): the Reader's StringStream ends at the NUL after
// it, and its 16-byte loads (and ScanJson's) may read on to the end of the padding.
void RecordEvents(std::string_view text, size_t start, size_t events_per_batch, TextStore* texts,
                  ReadAhead<EventBatch>& out) {
  EventRecorder scanned(text, /*checked=*/true, texts, out, events_per_batch);
  if (!scanned.Open()) return;
  const ScanEnd end = ScanJson(text, start, scanned, kMaxDepth);
  if (end == ScanEnd::kDone) {
    scanned.Finish(rapidjson::ParseResult());
    return;
  }
  if (scanned.batch() == nullptr) return;  // the consumer quit
  // What ScanJson leaves (an error, or a rare form: importers/json_scan.h), the
  // Reader reads, from the start again: what it says of the syntax is what
  // the user reads.
  EventRecorder recorder(text, /*checked=*/false, texts, out, events_per_batch, scanned.batch(),
                         scanned.recorded());
  rapidjson::StringStream stream(text.data() + start);
  stream.head_ = text.data();  // offsets count from the start of the text, BOM or not
  ReaderTokens<EventRecorder> tokens(recorder, stream);
  // Numbers as text: ParseNumber then applies the same limits as the CSV importer.
  // No kParseStopWhenDoneFlag: anything after the top-level object is an error.
  // No kParseValidateEncodingFlag: the recorder checks UTF-8 (see EventRecorder).
  constexpr unsigned kFlags = rapidjson::kParseNumbersAsStringsFlag;
  rapidjson::Reader reader;
  rapidjson::ParseResult result = reader.Parse<kFlags>(stream, tokens);
  // What the Reader's byte loop says of a byte it refuses inside a string.
  auto refused = [&](size_t offset) {
    result.Set(static_cast<unsigned char>(text[offset]) < 0x20
                   ? rapidjson::kParseErrorStringEscapeInvalid
                   : rapidjson::kParseErrorStringInvalidEncoding,
               offset);
  };
  if (result.Code() == rapidjson::kParseErrorTermination) {
    if (recorder.rejected() != kNoOffset) {
      refused(recorder.rejected());
    } else if (!recorder.too_deep()) {
      return;  // the consumer quit: nobody reads a last batch
    }
  } else if (result.IsError()) {
    const size_t bad = recorder.RejectedBefore(result.Offset());
    if (bad != kNoOffset) refused(bad);
  }
  recorder.Finish(result);
}

// Delivers a batch's events; false when the handler stopped (its status says why).
bool Replay(std::string_view text, const EventBatch& batch, const GraphBuilder& builder,
            Handler* handler) {
  // Most strings the handler looks up are ids, each a walk through cold memory
  // (interner: slot, view, bytes; source index: slot): prefetching each step this
  // far ahead hides it. The events themselves were written on the other core:
  // fetched further ahead still.
  constexpr size_t kAhead = 20;
  constexpr size_t kEventsAhead = 100;
  const std::vector<JsonEvent>& events = batch.events;
  const Interner& symbols = builder.symbols();
  auto lookup = [&](size_t at) {
    if (at >= events.size()) return JsonEvent::Lookup::kNone;
    const JsonEvent::Lookup l = events[at].lookup;
    if (l != JsonEvent::Lookup::kClaim) return l;
    return handler->claims_in_order() ? JsonEvent::Lookup::kNone : JsonEvent::Lookup::kSymbol;
  };
  for (size_t i = 0; i < events.size(); ++i) {
    if (i % 2 == 0 && i + kEventsAhead < events.size())
      __builtin_prefetch(&events[i + kEventsAhead]);
    if (lookup(i + kAhead) == JsonEvent::Lookup::kSymbol)
      symbols.PrefetchSlot(events[i + kAhead].hash);
    if (lookup(i + kAhead / 2) == JsonEvent::Lookup::kSymbol) {
      symbols.PrefetchView(events[i + kAhead / 2].hash);
    } else if (lookup(i + kAhead / 2) == JsonEvent::Lookup::kSource) {
      builder.PrefetchSource(events[i + kAhead / 2].hash);
    }
    if (lookup(i + kAhead / 4) == JsonEvent::Lookup::kSymbol)
      symbols.PrefetchText(events[i + kAhead / 4].hash);
    const JsonEvent& e = events[i];
    if (e.key_size != JsonEvent::kNoKey) {
      handler->set_position(e.key_at);
      if (!handler->Key(text.data() + e.key_at + 1, e.key_size, e.key_field)) return false;
    }
    handler->set_position(e.position);
    const char* str = (e.in_text ? text.data() : batch.chars.data()) + e.chars;
    bool ok = true;
    switch (e.kind) {
      case JsonEvent::Kind::kNull: ok = handler->Null(); break;
      case JsonEvent::Kind::kBool: ok = handler->Bool(false); break;
      case JsonEvent::Kind::kNumber: ok = handler->RawNumber(str, e.size, true); break;
      case JsonEvent::Kind::kString:
        ok = handler->HashedString(str, e.size, e.hash);
        break;
      case JsonEvent::Kind::kText:
        ok = handler->Text(static_cast<TextId>(e.hash), str, e.size);
        break;
      case JsonEvent::Kind::kReadNumber:
        ok = handler->ReadNumber(str, e.size, std::bit_cast<double>(e.hash));
        break;
      case JsonEvent::Kind::kReadDate:
        ok = handler->ReadDate(str, e.size, Date{static_cast<int32_t>(e.hash)});
        break;
      case JsonEvent::Kind::kKey:
        ok = handler->Key(str, e.size, static_cast<Field>(e.hash));
        break;
      case JsonEvent::Kind::kStartObject: ok = handler->StartObject(); break;
      case JsonEvent::Kind::kEndObject: ok = handler->EndObject(e.size); break;
      case JsonEvent::Kind::kStartArray: ok = handler->StartArray(); break;
      case JsonEvent::Kind::kEndArray: ok = handler->EndArray(e.size); break;
    }
    if (!ok) return false;
  }
  return true;
}

}  // namespace

Status JsonImporter::Load(std::string_view text, std::string_view file_name, GraphBuilder* builder) {
  // claimgraph/1 takes some 350 bytes a stance (its own object and its share of
  // the documents and claims), so text.size() / 256 over-estimates the stances:
  // the tables never regrow (a copy into fresh pages) and capacity costs no
  // memory until used. The symbol table is touched whole, so it is sized from an
  // under-estimate (text.size() / 512 stances, two symbols each) that a file of
  // long quotes would not leave mostly empty; it grows if that falls short.
  if (text.size() > kMaxTextBytes) {
    return Status::InvalidInput("JSON text of " + std::to_string(text.size()) +
                                    " bytes exceeds the limit of 4 GiB - 1 (4294967295 bytes)",
                                SourceLoc{std::string(file_name), 0, 0, ""});
  }
  std::string padded_copy;
  if (!padded()) {
    padded_copy.reserve(text.size() + kTextPadding);
    padded_copy.assign(text);
    padded_copy.append(kTextPadding, '\0');
    text = std::string_view(padded_copy.data(), text.size());
  }
  // RapidJSON's UTF-8 reader does not skip a byte order mark; editors may write one.
  const size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  Handler handler(text, file_name, builder);
  handler.set_release([this](size_t consumed) { Release(consumed); });
  handler.Reserve(text.size() / 256);

  // The parse runs ahead (on a second thread for a large text), recording events
  // in batches and storing the free texts; the events are replayed into the
  // handler here, in order. Until the parse is over, the texts are its alone; it
  // touches nothing else of the graph's, so the graph's tables are sized (the
  // symbol table zeroed whole) while it starts. Once ahead, it has time to spare
  // (ScanJson is the faster of the two), and spends it faulting in the pages the
  // handler is about to fill.
  TextStore* texts = &builder->texts();
  texts->Reserve(texts->size() + text.size() / 256);
  Prefaulter prefaulter;
  ReadAhead<EventBatch> batches(
      [&](ReadAhead<EventBatch>& out) { RecordEvents(text, start, events_per_batch_, texts, out); },
      text.size() >= read_ahead_from_, kBatchesAhead, [&] { return prefaulter.RunOne(); });
  builder->Reserve(text.size() / 256, text.size() / 256);
  for (;;) {
    const EventBatch& batch = batches.Next();
    builder->PrefaultAhead(&prefaulter);
    if (!Replay(text, batch, *builder, &handler)) return handler.status();
    if (!batch.last) continue;
    if (batch.result.IsError()) {
      std::string message = batch.result.Code() == rapidjson::kParseErrorStringInvalidEncoding
                                ? "invalid UTF-8 in a string"
                                : std::string("JSON syntax error: ") +
                                      rapidjson::GetParseError_En(batch.result.Code());
      return Status::InvalidInput(std::move(message),
                                  LocationOf(text, batch.result.Offset(), file_name));
    }
    return handler.Finish();
  }
}

}  // namespace claimgraph
