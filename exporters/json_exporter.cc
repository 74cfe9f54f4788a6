#include "exporters/json_exporter.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

#include "core/graph.h"
#include "core/model.h"
#include "exporters/json_stream.h"

namespace claimgraph {
namespace {

// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code points
// above U+10FFFF). RapidJSON 1.1's PrettyWriter cannot take kWriteValidateEncodingFlag
// (its base typedef drops the flags), so strings are checked here for both writers.
bool IsUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    // Most text is ASCII: skip it 8 bytes at a time.
    while (end - p >= 8) {
      uint64_t word;
      std::memcpy(&word, p, sizeof word);
      if (word & 0x8080808080808080ull) break;
      p += 8;
    }
    if (p == end) break;
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int extra = 0;
    uint32_t min = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      extra = 1, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3, min = 0x10000, cp = c & 0x07;
    } else {
      return false;
    }
    if (end - p <= extra) return false;
    for (int i = 1; i <= extra; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    p += extra + 1;
  }
  return true;
}

// Writer and PrettyWriter share this interface; a template avoids virtual calls per
// value.
template <typename Writer>
class GraphWriter {
 public:
  GraphWriter(const ClaimGraph& graph, Writer* writer) : g_(graph), w_(*writer) {}

  // Returns false when a string was not valid UTF-8; bad_field() names its field.
  bool Write() {
    w_.StartObject();
    Field("format", "claimgraph/1");
    Key("sources");
    w_.StartArray();
    for (SourceId i = 0; i < g_.num_sources(); ++i) WriteSource(i);
    w_.EndArray();
    Key("documents");
    w_.StartArray();
    for (DocumentId i = 0; i < g_.num_documents(); ++i) WriteDocument(i);
    w_.EndArray();
    Key("claims");
    w_.StartArray();
    for (ClaimId i = 0; i < g_.num_claims(); ++i) WriteClaim(i);
    w_.EndArray();
    Key("stances");
    w_.StartArray();
    for (StanceId i = 0; i < g_.num_stances(); ++i) WriteStance(i);
    w_.EndArray();
    w_.EndObject();
    return ok_;
  }
  std::string_view bad_field() const { return bad_field_; }

 private:
  void Key(std::string_view key) {
    current_field_ = key;
    Check(key, "attributes");  // attribute keys come from input too
    w_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  }
  void Check(std::string_view s, std::string_view field) {
    if (ok_ && !IsUtf8(s)) {
      ok_ = false;
      bad_field_ = field;
    }
  }
  void String(std::string_view s) {
    Check(s, current_field_);
    w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  // Optional fields: an empty symbol is "absent", so it is left out.
  void OptionalSymbol(std::string_view key, Symbol symbol) {
    if (symbol != kNoSymbol) Field(key, g_.Str(symbol));
  }
  void OptionalDate(std::string_view key, Date date) {
    if (date.known()) Field(key, date.ToString());
  }
  // Integral figures print as integers (225, not 225.0); others as the shortest
  // text that reads back to the same double (std::to_chars), so the round trip is
  // bit-exact. Both importers cap figures at 1e15 < 2^53, where this is exact.
  void Number(double v) {
    if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0) {
      w_.Int64(static_cast<int64_t>(v));
      return;
    }
    std::string text = FormatNumber(v);
    w_.RawValue(text.data(), text.size(), rapidjson::kNumberType);
  }
  void Attributes(EntityKind kind, uint32_t index) {
    auto attributes = g_.AttributesOf(kind, index);
    if (attributes.empty()) return;
    Key("attributes");
    w_.StartObject();
    for (const Attribute& a : attributes) {
      Key(g_.Str(a.key));
      String(g_.Text(a.value));
    }
    w_.EndObject();
  }

  void WriteSource(SourceId i) {
    const Source& s = g_.sources()[i];
    w_.StartObject();
    Field("id", g_.Str(s.id));
    OptionalSymbol("name", s.name);
    Field("kind", Name(s.kind));
    auto aliases = g_.AliasesOf(i);
    if (!aliases.empty()) {
      Key("aliases");
      w_.StartArray();
      for (Symbol alias : aliases) String(g_.Str(alias));
      w_.EndArray();
    }
    Attributes(EntityKind::kSource, i);
    w_.EndObject();
  }

  void WriteDocument(DocumentId i) {
    const Document& d = g_.documents()[i];
    w_.StartObject();
    Field("id", g_.Str(d.id));
    OptionalSymbol("title", d.title);
    OptionalSymbol("url", d.url);
    OptionalDate("published", d.published);
    OptionalSymbol("language", d.language);
    auto authors = g_.AuthorsOf(i);
    if (!authors.empty()) {
      Key("authors");
      w_.StartArray();
      for (SourceId author : authors) String(g_.Str(g_.sources()[author].id));
      w_.EndArray();
    }
    if (d.derived_from != kNone) {
      Field("derived_from", g_.Str(g_.documents()[d.derived_from].id));
      // Written even when it is the default, so a reader sees how it was derived.
      Derivation derivation =
          d.derivation == Derivation::kOriginal ? Derivation::kRepublication : d.derivation;
      Field("derivation", Name(derivation));
    }
    OptionalSymbol("file", d.file);
    Attributes(EntityKind::kDocument, i);
    w_.EndObject();
  }

  void WriteClaim(ClaimId i) {
    const Claim& c = g_.claims()[i];
    w_.StartObject();
    Field("id", g_.Str(c.id));
    OptionalSymbol("proposition", c.proposition);
    Key("value");
    if (c.qualifier == Qualifier::kRange) {
      w_.StartArray();
      Number(c.value);
      Number(c.value_hi);
      w_.EndArray();
    } else {
      Number(c.value);
    }
    Field("qualifier", Name(c.qualifier));
    OptionalSymbol("unit", c.unit);
    OptionalSymbol("scope", c.scope);
    OptionalDate("as_of", c.as_of);
    OptionalSymbol("text", c.text);
    Attributes(EntityKind::kClaim, i);
    w_.EndObject();
  }

  void WriteStance(StanceId i) {
    const Stance& s = g_.stances()[i];
    w_.StartObject();
    OptionalSymbol("id", s.id);
    Field("claim", g_.Str(g_.claims()[s.claim].id));
    Field("source", g_.Str(g_.sources()[s.source].id));
    Field("stance", Name(s.kind));
    Field("document", g_.Str(g_.documents()[s.document].id));
    if (s.attributed_to != kNone) {
      Field("attributed_to", g_.Str(g_.sources()[s.attributed_to].id));
    }
    if (s.quote != 0) Field("quote", g_.Text(s.quote));
    if (s.quote_start != kNone) {
      Key("quote_start");
      w_.Uint(s.quote_start);
    }
    if (s.quote_end != kNone) {
      Key("quote_end");
      w_.Uint(s.quote_end);
    }
    Attributes(EntityKind::kStance, i);
    w_.EndObject();
  }

  const ClaimGraph& g_;
  Writer& w_;
  bool ok_ = true;
  std::string_view current_field_;
  std::string_view bad_field_;
};

using CompactWriter = BulkWriter<BufferedJsonStream>;
using IndentedWriter = rapidjson::PrettyWriter<BufferedJsonStream>;

}  // namespace

Status JsonExporter::Write(const ClaimGraph& graph, std::ostream& out) {
  BufferedJsonStream stream(out);
  bool ok = false;
  std::string bad_field;
  if (options_.pretty) {
    IndentedWriter writer(stream);
    writer.SetIndent(' ', 2);
    GraphWriter<IndentedWriter> graph_writer(graph, &writer);
    ok = graph_writer.Write();
    bad_field = graph_writer.bad_field();
  } else {
    CompactWriter writer(stream);
    GraphWriter<CompactWriter> graph_writer(graph, &writer);
    ok = graph_writer.Write();
    bad_field = graph_writer.bad_field();
  }
  stream.Put('\n');
  stream.Flush();
  if (!ok) {
    return Status::InvalidInput("cannot write JSON: a '" + bad_field + "' string is not valid UTF-8");
  }
  if (!out) return Status::IoError("writing the JSON export failed");
  return Status();
}

}  // namespace claimgraph
