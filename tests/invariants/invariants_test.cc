// Property tests over generated inputs (docs/robustness.md, "Invariants"): a seeded
// generator makes valid claim graphs with every qualifier, derived-from forests,
// disputes, attributions and hostile text (quotes, backslashes, <>&, newlines,
// braces, "-->", control characters, non-ASCII), written as CSV sheets and as
// native JSON. For every seed:
//  - import -> export JSON -> import gives the same graph (byte-identical exports,
//    and the same entities field by field);
//  - the same data in another row/object order gives byte-identical output in every
//    format (check json/text/dot, trace json/text, export json/dot);
//  - every stance of the input is in the graph (CSV: one per row, duplicates too);
//  - DOT output parses with libcgraph (and Graphviz's `dot` for some seeds) and its
//    labels read back unchanged; every JSON output parses and its strings are unchanged;
//  - invalid UTF-8 in any text field is an error naming its line and column.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/graph_builder.h"
#include "exporters/dot_exporter.h"
#include "exporters/exporter.h"
#include "exporters/report_writer.h"
#include "importers/importer.h"

namespace claimgraph {
namespace {

constexpr int kSeeds = 60;

// ---------------------------------------------------------------- the model

struct GenSource {
  std::string id, name, kind;
};
struct GenDocument {
  std::string id, title, published;
  int derived_from = -1;  // index of an earlier document: a forest, never a cycle
  std::string derivation;
};
struct GenClaim {
  std::string id, proposition, qualifier, unit, as_of, text, scope;
  std::string value, value_hi;  // value_hi for range only
};
struct GenStance {
  int claim = 0, source = 0, document = 0, attributed_to = -1;
  bool disputes = false;
  std::string quote, note;
};
struct GenGraph {
  std::vector<GenSource> sources;
  std::vector<GenDocument> documents;
  std::vector<GenClaim> claims;
  std::vector<GenStance> stances;
};

// Pieces hostile text is made of (no NUL: C strings cannot carry it; no "\r", which
// DOT labels drop by design, except where tested on its own).
const std::vector<std::string> kPieces = {
    "a",    "Z",   "7",    " ",     "\"",   "'",   "\\",   "\\n",  "<",   ">",   "&",
    "&amp;", "\n", "\t",  "{",     "}",    "[",   "]",    "-->",  "<!--", "\x01", "\x1b[31m",
    "\x7f", "é",   "中文", "😀",    "ق",    "\u200f", "e\u0301", ",",   ";",   "%s",  "$x",
    "/*",   "*/",  "->",   "--",    "#",    "@",   "\\\\",  "\"\"", "\xc2\xa0"};

class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed) {}

  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool Chance(int percent) { return Int(1, 100) <= percent; }
  std::string Hostile(int max_pieces) {
    std::string s;
    int n = Int(1, max_pieces);
    for (int i = 0; i < n; ++i) s += kPieces[Int(0, static_cast<int>(kPieces.size()) - 1)];
    return s;
  }
  // An id: unique by its prefix and index; hostile characters after it sometimes.
  std::string Id(const char* prefix, int index) {
    std::string id = std::string(prefix) + std::to_string(index);
    if (Chance(40)) id += Hostile(3);
    // Edges of ids are kept clean: sheets may pad fields, ids should not depend on it.
    return id + "_";
  }
  std::string Date() {
    std::string d = std::to_string(Int(1990, 2030));
    if (Chance(70)) d += "-" + Two(Int(1, 12));
    if (d.size() > 4 && Chance(70)) d += "-" + Two(Int(1, 28));
    return d;
  }
  std::string Number() {
    if (Chance(70)) return std::to_string(Int(0, 100000));
    return std::to_string(Int(0, 9999)) + "." + std::to_string(Int(1, 9));
  }

  GenGraph Make() {
    GenGraph g;
    static const char* kKinds[] = {"person", "organisation", "outlet", "government", "unknown"};
    static const char* kQualifiers[] = {"exact",     "at_least", "more_than", "at_most",
                                        "less_than", "up_to",    "about",     "range"};
    static const char* kDerivations[] = {"republication", "translation", "quotation"};
    int sources = Int(1, 6), documents = Int(1, 7), claims = Int(1, 8);
    for (int i = 0; i < sources; ++i) {
      g.sources.push_back({Id("s", i), Hostile(6), kKinds[Int(0, 4)]});
    }
    for (int i = 0; i < documents; ++i) {
      GenDocument d;
      d.id = Id("d", i);
      d.title = Chance(60) ? Hostile(8) : "";
      d.published = Chance(60) ? Date() : "";
      if (i > 0 && Chance(50)) {
        d.derived_from = Int(0, i - 1);
        d.derivation = kDerivations[Int(0, 2)];
      }
      g.documents.push_back(d);
    }
    std::vector<std::string> propositions;
    for (int i = 0; i < 3; ++i) propositions.push_back("p" + std::to_string(i) + Hostile(3));
    for (int i = 0; i < claims; ++i) {
      GenClaim c;
      c.id = Id("c", i);
      c.proposition = propositions[Int(0, 2)];
      c.qualifier = kQualifiers[Int(0, 7)];
      c.value = Number();
      if (c.qualifier == "range") c.value_hi = std::to_string(Int(100001, 200000));
      c.unit = Chance(70) ? (Chance(80) ? "people" : Hostile(2)) : "";
      c.as_of = Chance(40) ? Date() : "";
      c.text = Chance(60) ? Hostile(5) : "";
      c.scope = Chance(30) ? Hostile(3) : "";
      g.claims.push_back(c);
      int stances = Int(1, 4);
      for (int k = 0; k < stances; ++k) {
        GenStance s;
        s.claim = i;
        s.source = Int(0, sources - 1);
        s.document = Int(0, documents - 1);
        s.disputes = Chance(20);
        if (Chance(30)) s.attributed_to = Int(0, sources - 1);
        s.quote = Chance(70) ? Hostile(10) : "";
        s.note = Chance(30) ? Hostile(4) : "";
        g.stances.push_back(s);
      }
    }
    return g;
  }

 private:
  static std::string Two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
  std::mt19937 rng_;
};

// ---------------------------------------------------------------- writing inputs

std::string CsvField(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const std::vector<std::string> kCsvColumns = {
    "claim", "proposition", "value",     "qualifier",     "unit",         "as_of", "text",
    "scope", "source",      "stance",    "document",      "published",    "derived_from",
    "attributed_to",        "quote",     "note"};

// One row per stance; the claim's figure on every row (they agree), the document's
// date and parent on every row of it. `order` permutes the rows; `columns` the columns.
std::string ToCsv(const GenGraph& g, const std::vector<size_t>& order,
                  const std::vector<size_t>& columns, bool crlf = false) {
  const char* eol = crlf ? "\r\n" : "\n";
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) {
    out += (i ? "," : "") + kCsvColumns[columns[i]];
  }
  out += eol;
  for (size_t r : order) {
    const GenStance& s = g.stances[r];
    const GenClaim& c = g.claims[s.claim];
    const GenDocument& d = g.documents[s.document];
    std::map<std::string, std::string> f;
    f["claim"] = c.id;
    f["proposition"] = c.proposition;
    f["value"] = c.qualifier == "range" ? c.value + ".." + c.value_hi : c.value;
    f["qualifier"] = c.qualifier;
    f["unit"] = c.unit;
    f["as_of"] = c.as_of;
    f["text"] = c.text;
    f["scope"] = c.scope;
    // A sheet's row names the source that takes the stance; in CSV that source is
    // also the author of the row's document, so the writer of the stance is `source`.
    f["source"] = g.sources[s.source].id;
    f["stance"] = s.disputes ? "disputes" : "asserts";
    f["document"] = d.id;
    f["published"] = d.published;
    f["derived_from"] = d.derived_from >= 0 ? g.documents[d.derived_from].id : "";
    f["attributed_to"] = s.attributed_to >= 0 ? g.sources[s.attributed_to].id : "";
    f["quote"] = s.quote;
    f["note"] = s.note;
    for (size_t i = 0; i < columns.size(); ++i) {
      out += (i ? "," : "") + CsvField(f[kCsvColumns[columns[i]]]);
    }
    out += eol;
  }
  return out;
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

template <typename T>
std::vector<size_t> Identity(const std::vector<T>& v) {
  std::vector<size_t> order(v.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  return order;
}

struct JsonOrder {
  std::vector<size_t> sources, documents, claims, stances;
  bool reverse_sections = false;
};

std::string ToJson(const GenGraph& g, const JsonOrder& o) {
  std::vector<std::string> sections;
  std::string s = "\"sources\": [";
  for (size_t k = 0; k < o.sources.size(); ++k) {
    const GenSource& x = g.sources[o.sources[k]];
    s += (k ? ",\n" : "\n") + std::string("{\"id\": ") + JsonString(x.id) +
         ", \"name\": " + JsonString(x.name) + ", \"kind\": " + JsonString(x.kind) + "}";
  }
  sections.push_back(s + "]");
  s = "\"documents\": [";
  for (size_t k = 0; k < o.documents.size(); ++k) {
    const GenDocument& d = g.documents[o.documents[k]];
    s += (k ? ",\n" : "\n") + std::string("{\"id\": ") + JsonString(d.id);
    if (!d.title.empty()) s += ", \"title\": " + JsonString(d.title);
    if (!d.published.empty()) s += ", \"published\": " + JsonString(d.published);
    if (d.derived_from >= 0) {
      s += ", \"derived_from\": " + JsonString(g.documents[d.derived_from].id) +
           ", \"derivation\": " + JsonString(d.derivation);
    }
    // Authors: the sources asserting in it, as the CSV importer would infer them.
    std::set<int> authors;
    for (const GenStance& st : g.stances) {
      if (&g.documents[st.document] == &d && !st.disputes) authors.insert(st.source);
    }
    if (!authors.empty()) {
      s += ", \"authors\": [";
      bool first = true;
      for (int a : authors) {
        s += (first ? "" : ", ") + JsonString(g.sources[a].id);
        first = false;
      }
      s += "]";
    }
    s += "}";
  }
  sections.push_back(s + "]");
  s = "\"claims\": [";
  for (size_t k = 0; k < o.claims.size(); ++k) {
    const GenClaim& c = g.claims[o.claims[k]];
    s += (k ? ",\n" : "\n") + std::string("{\"id\": ") + JsonString(c.id) +
         ", \"proposition\": " + JsonString(c.proposition) + ", \"qualifier\": " +
         JsonString(c.qualifier) + ", \"value\": " +
         (c.qualifier == "range" ? "[" + c.value + ", " + c.value_hi + "]" : c.value);
    if (!c.unit.empty()) s += ", \"unit\": " + JsonString(c.unit);
    if (!c.as_of.empty()) s += ", \"as_of\": " + JsonString(c.as_of);
    if (!c.text.empty()) s += ", \"text\": " + JsonString(c.text);
    if (!c.scope.empty()) s += ", \"scope\": " + JsonString(c.scope);
    s += "}";
  }
  sections.push_back(s + "]");
  s = "\"stances\": [";
  for (size_t k = 0; k < o.stances.size(); ++k) {
    const GenStance& x = g.stances[o.stances[k]];
    s += (k ? ",\n" : "\n") + std::string("{\"claim\": ") + JsonString(g.claims[x.claim].id) +
         ", \"source\": " + JsonString(g.sources[x.source].id) + ", \"document\": " +
         JsonString(g.documents[x.document].id) + ", \"stance\": " +
         (x.disputes ? "\"disputes\"" : "\"asserts\"");
    if (x.attributed_to >= 0) s += ", \"attributed_to\": " + JsonString(g.sources[x.attributed_to].id);
    if (!x.quote.empty()) s += ", \"quote\": " + JsonString(x.quote);
    if (!x.note.empty()) s += ", \"attributes\": {\"note\": " + JsonString(x.note) + "}";
    s += "}";
  }
  sections.push_back(s + "]");
  if (o.reverse_sections) std::reverse(sections.begin(), sections.end());
  std::string out = "{\"format\": \"claimgraph/1\"";
  for (const std::string& sec : sections) out += ",\n" + sec;
  return out + "\n}\n";
}

// ---------------------------------------------------------------- running the library

Result<ClaimGraph> Load(std::string_view format, const std::string& text) {
  GraphBuilder builder;
  auto importer = MakeImporter(format);
  CG_RETURN_IF_ERROR(importer->Load(text, std::string("gen.") + std::string(format), &builder));
  return std::move(builder).Build();
}

// Every output format, by name: "export.json", "check.dot", "trace.text", ...
std::map<std::string, std::string> AllOutputs(const ClaimGraph& g) {
  std::map<std::string, std::string> out;
  Provenance provenance = Provenance::Compute(g);
  ContradictionReport report = FindContradictions(g, provenance);
  for (const char* format : {"json", "dot"}) {
    std::ostringstream s;
    Status st = MakeExporter(format, ExportOptions{})->Write(g, s);
    EXPECT_TRUE(st.ok()) << st.ToString();
    out[std::string("export.") + format] = s.str();
  }
  for (const char* format : {"json", "text", "dot"}) {
    std::ostringstream s;
    Status st = MakeCheckWriter(format, ReportOptions{})->Write(CheckResult{g, provenance, report}, s);
    EXPECT_TRUE(st.ok()) << st.ToString();
    out[std::string("check.") + format] = s.str();
  }
  for (const char* format : {"json", "text"}) {
    std::ostringstream s;
    Status st = MakeTraceWriter(format, ReportOptions{})->Write(g, provenance, TraceRequest{}, s);
    EXPECT_TRUE(st.ok()) << st.ToString();
    out[std::string("trace.") + format] = s.str();
  }
  return out;
}

// The entities of a graph as comparable text, field by field.
std::vector<std::string> Describe(const ClaimGraph& g) {
  std::vector<std::string> rows;
  auto src = [&](SourceId s) { return s == kNone ? std::string("-") : std::string(g.Str(g.sources()[s].id)); };
  for (SourceId s = 0; s < g.num_sources(); ++s) {
    const Source& x = g.sources()[s];
    rows.push_back("source|" + src(s) + "|" + std::string(g.SourceName(s)) + "|" +
                   std::string(Name(x.kind)));
  }
  for (DocumentId d = 0; d < g.num_documents(); ++d) {
    const Document& x = g.documents()[d];
    std::string row = "document|" + std::string(g.Str(x.id)) + "|" + std::string(g.Str(x.title)) +
                      "|" + x.published.ToString() + "|" +
                      (x.derived_from == kNone ? "-" : std::string(g.Str(g.documents()[x.derived_from].id))) +
                      "|" + std::string(Name(x.derivation)) + "|authors:";
    for (SourceId a : g.AuthorsOf(d)) row += src(a) + ";";
    rows.push_back(row);
  }
  for (ClaimId c = 0; c < g.num_claims(); ++c) {
    const Claim& x = g.claims()[c];
    rows.push_back("claim|" + std::string(g.Str(x.id)) + "|" + std::string(g.Str(x.proposition)) +
                   "|" + std::string(Name(x.qualifier)) + "|" + FormatNumber(x.value) + "|" +
                   FormatNumber(x.value_hi) + "|" + std::string(g.Str(x.unit)) + "|" +
                   x.as_of.ToString() + "|" + std::string(g.Str(x.text)) + "|" +
                   std::string(g.Str(x.scope)) + "|" + x.interval.ToString());
  }
  for (const Stance& s : g.stances()) {
    std::string row = "stance|" + std::string(g.Str(g.claims()[s.claim].id)) + "|" + src(s.source) +
                      "|" + std::string(g.Str(g.documents()[s.document].id)) + "|" +
                      std::string(Name(s.kind)) + "|" + src(s.attributed_to) + "|" +
                      std::string(g.Text(s.quote));
    rows.push_back(row);
  }
  return rows;
}

std::vector<size_t> Shuffled(std::vector<size_t> v, std::mt19937& rng) {
  std::shuffle(v.begin(), v.end(), rng);
  return v;
}

// ---------------------------------------------------------------- DOT reading

struct AgCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgPtr = std::unique_ptr<Agraph_t, AgCloser>;

// Undoes DotLabelText: "\\" -> "\", "\n" -> newline ("\r" was dropped on the way out).
std::string UndoDotLabel(const std::string& label) {
  std::string out;
  for (size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '\\' && i + 1 < label.size()) {
      char next = label[++i];
      if (next == 'n') {
        out += '\n';
      } else {
        out += next;
      }
    } else {
      out += label[i];
    }
  }
  return out;
}

std::string NodeAttr(Agraph_t* g, const std::string& node, const char* attr) {
  std::string name = node;
  Agnode_t* n = agnode(g, name.data(), 0);
  if (n == nullptr) return "<no node " + node + ">";
  std::string a = attr;
  char* v = agget(n, a.data());
  return v ? v : "<no attribute>";
}

// ---------------------------------------------------------------- the properties

class InvariantsTest : public ::testing::TestWithParam<int> {};

TEST_P(InvariantsTest, CsvRoundTripOrderAndCompleteness) {
  const uint32_t seed = static_cast<uint32_t>(GetParam());
  Generator gen(seed);
  GenGraph model = gen.Make();
  std::mt19937 rng(seed * 7919u + 1);
  const std::string csv = ToCsv(model, Identity(model.stances), Identity(kCsvColumns));
  SCOPED_TRACE("seed " + std::to_string(seed) + "\n" + csv);

  auto graph = Load("csv", csv);
  ASSERT_TRUE(graph.ok()) << graph.status().ToString();
  // Nothing dropped: one stance per row.
  EXPECT_EQ(graph->num_stances(), model.stances.size());
  EXPECT_EQ(graph->num_claims(), model.claims.size());
  const auto outputs = AllOutputs(*graph);

  // Round trip through the native JSON.
  auto again = Load("json", outputs.at("export.json"));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(Describe(*again), Describe(*graph));
  EXPECT_EQ(AllOutputs(*again), outputs);

  // Any row order, any column order, CRLF line ends: byte-identical output.
  for (int round = 0; round < 3; ++round) {
    const std::string shuffled = ToCsv(model, Shuffled(Identity(model.stances), rng),
                                       Shuffled(Identity(kCsvColumns), rng), round == 2);
    auto other = Load("csv", shuffled);
    ASSERT_TRUE(other.ok()) << other.status().ToString() << "\n" << shuffled;
    const auto other_outputs = AllOutputs(*other);
    for (const auto& [name, bytes] : outputs) {
      EXPECT_EQ(other_outputs.at(name), bytes) << name << " depends on row order";
    }
  }

  // Duplicate rows are kept, one stance each: no row is lost silently.
  std::vector<size_t> doubled = Identity(model.stances);
  for (size_t i = 0; i < model.stances.size(); i += 2) doubled.push_back(i);
  auto with_duplicates = Load("csv", ToCsv(model, doubled, Identity(kCsvColumns)));
  ASSERT_TRUE(with_duplicates.ok()) << with_duplicates.status().ToString();
  EXPECT_EQ(with_duplicates->num_stances(), doubled.size());
}

TEST_P(InvariantsTest, JsonRoundTripAndOrder) {
  const uint32_t seed = static_cast<uint32_t>(GetParam());
  Generator gen(seed);
  GenGraph model = gen.Make();
  std::mt19937 rng(seed * 104729u + 3);
  JsonOrder order{Identity(model.sources), Identity(model.documents), Identity(model.claims),
                  Identity(model.stances)};
  const std::string json = ToJson(model, order);
  SCOPED_TRACE("seed " + std::to_string(seed) + "\n" + json);

  auto graph = Load("json", json);
  ASSERT_TRUE(graph.ok()) << graph.status().ToString();
  EXPECT_EQ(graph->num_stances(), model.stances.size());
  EXPECT_EQ(graph->num_sources(), model.sources.size());
  EXPECT_EQ(graph->num_documents(), model.documents.size());
  EXPECT_EQ(graph->num_claims(), model.claims.size());
  const auto outputs = AllOutputs(*graph);

  auto again = Load("json", outputs.at("export.json"));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(Describe(*again), Describe(*graph));
  EXPECT_EQ(AllOutputs(*again), outputs);

  for (int round = 0; round < 3; ++round) {
    JsonOrder shuffled{Shuffled(order.sources, rng), Shuffled(order.documents, rng),
                       Shuffled(order.claims, rng), Shuffled(order.stances, rng), round != 1};
    auto other = Load("json", ToJson(model, shuffled));
    ASSERT_TRUE(other.ok()) << other.status().ToString();
    const auto other_outputs = AllOutputs(*other);
    for (const auto& [name, bytes] : outputs) {
      EXPECT_EQ(other_outputs.at(name), bytes) << name << " depends on object order";
    }
  }
}

// DOT and JSON outputs are well-formed and carry every hostile label unchanged.
TEST_P(InvariantsTest, HostileLabelsSurviveDotAndJson) {
  const uint32_t seed = static_cast<uint32_t>(GetParam());
  Generator gen(seed);
  GenGraph model = gen.Make();
  JsonOrder order{Identity(model.sources), Identity(model.documents), Identity(model.claims),
                  Identity(model.stances)};
  auto graph = Load("json", ToJson(model, order));
  ASSERT_TRUE(graph.ok()) << graph.status().ToString();
  const auto outputs = AllOutputs(*graph);
  const ClaimGraph& g = *graph;

  // DOT: libcgraph reads it back; node names and labels come back as written.
  for (const char* name : {"export.dot", "check.dot"}) {
    AgPtr dot(agmemread(outputs.at(name).c_str()));
    ASSERT_NE(dot, nullptr) << name << " does not parse:\n" << outputs.at(name);
  }
  AgPtr dot(agmemread(outputs.at("export.dot").c_str()));
  for (SourceId s = 0; s < g.num_sources(); ++s) {
    const std::string node = "source:" + std::string(g.Str(g.sources()[s].id));
    EXPECT_EQ(UndoDotLabel(NodeAttr(dot.get(), node, "label")), std::string(g.SourceName(s)))
        << node;
  }
  for (DocumentId d = 0; d < g.num_documents(); ++d) {
    const Document& doc = g.documents()[d];
    const std::string node = "doc:" + std::string(g.Str(doc.id));
    std::string label(g.Str(doc.title != kNoSymbol ? doc.title : doc.id));
    if (doc.published.known()) label += "\n" + doc.published.ToString();
    EXPECT_EQ(UndoDotLabel(NodeAttr(dot.get(), node, "label")), label) << node;
  }
  for (ClaimId c = 0; c < g.num_claims(); ++c) {
    const std::string node = "claim:" + std::string(g.Str(g.claims()[c].id));
    const std::string label = UndoDotLabel(NodeAttr(dot.get(), node, "label"));
    const std::string proposition(g.Str(g.claims()[c].proposition));
    EXPECT_TRUE(label.size() >= proposition.size() &&
                label.compare(label.size() - proposition.size(), proposition.size(), proposition) == 0)
        << node << ": label '" << label << "' does not end with the proposition '" << proposition
        << "'";
  }
  // DotLabelText is undone exactly for every piece of hostile text.
  for (const std::string& piece : kPieces) EXPECT_EQ(UndoDotLabel(DotLabelText(piece)), piece);

  // Graphviz's own parser, for some seeds (a process each).
  if (seed % 10 == 0) {
    const std::string path = ::testing::TempDir() + "invariants_" + std::to_string(::getpid()) +
                             "_" + std::to_string(seed) + ".dot";
    for (const char* name : {"export.dot", "check.dot"}) {
      std::ofstream(path, std::ios::binary) << outputs.at(name);
      const std::string command = std::string(CLAIMGRAPH_DOT) + " -Tcanon " + path + " > /dev/null 2>&1";
      EXPECT_EQ(std::system(command.c_str()), 0) << name << " rejected by dot";
    }
    std::remove(path.c_str());
  }

  // JSON: every output parses; the export's strings are the graph's, unchanged.
  for (const char* name : {"export.json", "check.json", "trace.json"}) {
    rapidjson::Document doc;
    doc.Parse(outputs.at(name).c_str(), outputs.at(name).size());
    ASSERT_FALSE(doc.HasParseError()) << name << " does not parse";
  }
  rapidjson::Document doc;
  doc.Parse(outputs.at("export.json").c_str());
  std::multiset<std::string> names, quotes, want_names, want_quotes;
  for (const auto& s : doc["sources"].GetArray()) {
    names.insert(s.HasMember("name") ? s["name"].GetString() : s["id"].GetString());
  }
  for (SourceId s = 0; s < g.num_sources(); ++s) want_names.insert(std::string(g.SourceName(s)));
  for (const auto& s : doc["stances"].GetArray()) {
    if (s.HasMember("quote")) quotes.insert(std::string(s["quote"].GetString(), s["quote"].GetStringLength()));
  }
  for (const GenStance& s : model.stances) {
    if (!s.quote.empty()) want_quotes.insert(s.quote);
  }
  EXPECT_EQ(names, want_names);
  EXPECT_EQ(quotes, want_quotes);
}

// Invalid UTF-8 in any text field: an error at that field's line and column.
TEST_P(InvariantsTest, InvalidUtf8InAnyFieldIsAnError) {
  const uint32_t seed = static_cast<uint32_t>(GetParam());
  Generator gen(seed);
  GenGraph model = gen.Make();
  static const std::vector<std::string> kBad = {"\xff", "\xc3\x28", "\xc0\xaf", "\xed\xa0\x80",
                                                "\xf4\x90\x80\x80", "\xe2\x82", "\xbf"};
  const std::string bad = kBad[seed % kBad.size()];
  // CSV: put it in one text column of the last row.
  const std::vector<std::string> text_columns = {"claim", "proposition", "unit", "text", "scope",
                                                 "source", "document", "quote", "note"};
  const std::string& column = text_columns[seed % text_columns.size()];
  GenGraph broken = model;
  GenStance& last = broken.stances.back();
  if (column == "quote") last.quote += bad;
  if (column == "note") last.note += bad;
  if (column == "claim") broken.claims[last.claim].id += bad;
  if (column == "proposition") broken.claims[last.claim].proposition += bad;
  if (column == "unit") broken.claims[last.claim].unit += bad;
  if (column == "text") broken.claims[last.claim].text += bad;
  if (column == "scope") broken.claims[last.claim].scope += bad;
  if (column == "source") broken.sources[last.source].id += bad;
  if (column == "document") broken.documents[last.document].id += bad;
  const std::string csv = ToCsv(broken, Identity(broken.stances), Identity(kCsvColumns));
  auto graph = Load("csv", csv);
  ASSERT_FALSE(graph.ok()) << column;
  const Status& st = graph.status();
  EXPECT_NE(st.message().find("invalid UTF-8"), std::string::npos) << st.ToString();
  // The location is the bad byte's own.
  const size_t offset = csv.find(bad);
  ASSERT_NE(offset, std::string::npos);
  const size_t line_start = csv.rfind('\n', offset);
  const uint32_t line = static_cast<uint32_t>(std::count(csv.begin(), csv.begin() + static_cast<long>(offset), '\n')) + 1;
  EXPECT_EQ(st.loc().line, line) << st.ToString();
  const size_t line_begin = line_start == std::string::npos ? 0 : line_start + 1;
  EXPECT_EQ(st.loc().col, offset - line_begin + 1)
      << st.ToString();
  EXPECT_NE(st.message().find("byte offset " + std::to_string(offset)), std::string::npos)
      << st.ToString();
  EXPECT_FALSE(st.loc().field.empty()) << st.ToString();

  // JSON: the same byte in a string.
  JsonOrder order{Identity(broken.sources), Identity(broken.documents), Identity(broken.claims),
                  Identity(broken.stances)};
  auto json = Load("json", ToJson(broken, order));
  ASSERT_FALSE(json.ok());
  EXPECT_NE(json.status().message().find("invalid UTF-8"), std::string::npos)
      << json.status().ToString();
  EXPECT_GT(json.status().loc().line, 0u);
}

INSTANTIATE_TEST_SUITE_P(Seeds, InvariantsTest, ::testing::Range(1, kSeeds + 1));

}  // namespace
}  // namespace claimgraph
