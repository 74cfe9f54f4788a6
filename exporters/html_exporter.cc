#include "exporters/html_exporter.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/analysis/scope.h"
#include "core/graph.h"
#include "core/model.h"
#include "exporters/figure_text.h"
#include "exporters/graph_view.h"
#include "exporters/html/assets.h"
#include "exporters/xml_writer.h"

namespace claimgraph {
namespace {

constexpr std::string_view kTitle = "claimgraph report";

std::string Join(const std::vector<std::string_view>& items, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += items[i];
  }
  return out;
}

std::vector<std::string_view> Sorted(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// The interval for people: "[225, 225]", "(225, ∞)", "[900, 1100]".
std::string IntervalText(const Interval& iv) {
  std::string out(iv.lo_open ? "(" : "[");
  out += iv.lo_bounded() ? FormatNumber(iv.lo) : "\u2212\u221e";
  out += ", ";
  out += iv.hi_bounded() ? FormatNumber(iv.hi) : "\u221e";
  out += iv.hi_open ? ")" : "]";
  return out;
}

// Writes the page: template text copied as is, placeholders filled. Everything
// goes through one buffer drained to the stream in large chunks.
class PageWriter {
 public:
  PageWriter(const ClaimGraph& graph, const ExportOptions& options, std::ostream& out)
      : g_(graph),
        options_(options),
        out_(out),
        provenance_(Provenance::Compute(graph)),
        report_(FindContradictions(graph, provenance_)) {
    for (const Contradiction& c : report_.items) {
      if (InScope(c.a) && (c.b == kNone || InScope(c.b))) items_.push_back(&c);
    }
    node_count_ = ViewNodeCount(g_, options_.scope);
    graph_drawn_ = node_count_ <= options_.max_nodes;
  }

  Status Write() {
    std::string_view page = html::PageTemplate();
    while (!page.empty()) {
      size_t at = page.find("@@");
      if (at == std::string_view::npos) {
        Raw(page);
        break;
      }
      Raw(page.substr(0, at));
      size_t end = page.find("@@", at + 2);
      if (end == std::string_view::npos) {
        return Status::Internal("html page template: unterminated placeholder");
      }
      std::string_view name = page.substr(at + 2, end - at - 2);
      page.remove_prefix(end + 2);
      if (name == "TITLE") {
        Text(kTitle);
      } else if (name == "SUMMARY") {
        Summary();
      } else if (name == "TABLE") {
        Table();
      } else if (name == "GRAPH") {
        Graph();
      } else if (name == "DATA") {
        Data();
      } else if (name == "CYTOSCAPE_JS") {
        Raw(html::CytoscapeScript());
      } else if (name == "REPORT_JS") {
        Raw(html::ReportScript());
      } else {
        return Status::Internal("html page template: unknown placeholder '" + std::string(name) +
                                "'");
      }
    }
    Drain();
    out_.flush();
    if (!out_) return Status::IoError("writing the html export failed");
    return Status();
  }

  uint64_t replaced() const { return replaced_; }

 private:
  bool InScope(ClaimId c) const { return options_.scope == nullptr || options_.scope->HasClaim(c); }
  bool StanceInScope(StanceId s) const {
    return options_.scope == nullptr || options_.scope->HasStance(s);
  }

  void Raw(std::string_view s) {
    buffer_ += s;
    if (buffer_.size() >= (1 << 20)) Drain();
  }
  // HTML-escaped text: & < > " ' as entities (safe in text and in quoted
  // attribute values); control characters and malformed UTF-8 as U+FFFD.
  void Text(std::string_view s) {
    AppendXmlEscaped(s, &buffer_, &replaced_);
    if (buffer_.size() >= (1 << 20)) Drain();
  }
  void Drain() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  void Summary() {
    size_t sources = 0, documents = 0, claims = 0;
    if (options_.scope == nullptr) {
      sources = g_.num_sources();
      documents = g_.num_documents();
      claims = g_.num_claims();
    } else {
      sources = options_.scope->Sources().size();
      documents = options_.scope->Documents().size();
      claims = options_.scope->Claims().size();
    }
    size_t counts[3] = {0, 0, 0};
    for (const Contradiction* c : items_) ++counts[static_cast<int>(c->kind)];
    Text(std::to_string(claims) + " claims, " + std::to_string(sources) + " sources, " +
         std::to_string(documents) + " documents" +
         (options_.scope != nullptr ? " (a scope of the graph)" : "") + " \u00b7 " +
         std::to_string(counts[0]) + " disjoint, " + std::to_string(counts[1]) + " revision, " +
         std::to_string(counts[2]) + " dispute");
  }

  // ---- the contradictions table (static HTML: readable without JavaScript) ----

  std::vector<std::string_view> AssertingSources(ClaimId c) const {
    std::vector<std::string_view> names;
    StanceId first = g_.FirstStanceOf(c);
    auto stances = g_.StancesOf(c);
    for (size_t k = 0; k < stances.size(); ++k) {
      if (stances[k].kind == StanceKind::kAsserts && StanceInScope(first + static_cast<StanceId>(k))) {
        names.push_back(g_.SourceName(stances[k].source));
      }
    }
    return Sorted(std::move(names));
  }
  std::vector<std::string_view> OriginNames(ClaimId c) const {
    std::vector<std::string_view> names;
    for (Origin o : provenance_.OriginsOf(c)) names.push_back(Provenance::OriginName(g_, o));
    return Sorted(std::move(names));
  }

  void ClaimCell(ClaimId id) {
    const Claim& c = g_.claims()[id];
    Raw("<button type=\"button\" class=\"claim\" data-claim=\"");
    Text(NodeId(g_, g_.ClaimVertex(id)));
    Raw("\" title=\"claim ");
    Text(g_.Str(c.id));
    Raw("\">");
    Text(FigureText(g_, id, /*with_unit=*/false));
    Raw("</button> <span class=\"interval\">");
    Text(IntervalText(c.interval));
    Raw("</span>");
    if (c.as_of.known()) {
      Raw(" <span class=\"meta\">as of ");
      Text(c.as_of.ToString());
      Raw("</span>");
    }
    Raw("\n<div class=\"meta\">sources: ");
    std::vector<std::string_view> sources = AssertingSources(id);
    Text(sources.empty() ? std::string("\u2013") : Join(sources, ", "));
    Raw("</div><div class=\"meta\">origins: ");
    std::vector<std::string_view> origins = OriginNames(id);
    Text(origins.empty() ? std::string("\u2013") : Join(origins, ", "));
    Raw("</div>");
  }

  void DisputeCell(ClaimId id) {
    Raw("<div><span class=\"meta\">disputed by</span> <b>");
    Text(Join(DisputersOf(g_, id), ", "));
    Raw("</b></div>");
    StanceId first = g_.FirstStanceOf(id);
    auto stances = g_.StancesOf(id);
    for (size_t k = 0; k < stances.size(); ++k) {
      const Stance& s = stances[k];
      if (s.kind != StanceKind::kDisputes || !StanceInScope(first + static_cast<StanceId>(k))) {
        continue;
      }
      if (s.quote != 0) {
        Raw("<div class=\"quote\">\u201c");
        Text(g_.Text(s.quote));
        Raw("\u201d</div>");
      }
      Raw("<div class=\"meta\">\u2014 ");
      Text(g_.SourceName(s.source));
      Raw(" in ");
      Text(g_.Str(g_.documents()[s.document].id));
      Raw("</div>");
    }
  }

  void Table() {
    if (items_.empty()) {
      Raw("<p class=\"none\">No contradictions");
      if (options_.scope != nullptr) Raw(" in this scope");
      Raw(".</p>\n");
      return;
    }
    Raw("<table id=\"contradictions-table\">\n<thead><tr><th>Kind</th><th>Proposition</th>"
        "<th>Claim</th><th>Against</th></tr></thead>\n<tbody>\n");
    for (const Contradiction* c : items_) {
      const PropositionGroup& group = g_.groups()[c->group];
      std::string_view kind = Name(c->kind);
      Raw("<tr class=\"row-");
      Raw(kind);
      Raw("\"><td><span class=\"kind kind-");
      Raw(kind);
      Raw("\">");
      Raw(kind);
      Raw("</span></td><td><span class=\"prop\">");
      Text(g_.Str(group.proposition));
      Raw("</span>");
      if (group.unit != kNoSymbol && !g_.Str(group.unit).empty()) {
        Raw("<br><span class=\"unit\">");
        Text(g_.Str(group.unit));
        Raw("</span>");
      }
      Raw("</td>\n<td>");
      ClaimCell(c->a);
      Raw("</td>\n<td>");
      if (c->kind == ContradictionKind::kDispute) {
        DisputeCell(c->a);
      } else {
        if (c->kind == ContradictionKind::kRevision) Raw("<div class=\"meta\">revised to</div>");
        ClaimCell(c->b);
      }
      Raw("</td></tr>\n");
    }
    Raw("</tbody>\n</table>\n");
  }

  // ---- the graph view's container, or the note that replaces it ----

  void Graph() {
    if (!graph_drawn_) {
      Raw("<p class=\"note\" id=\"graph-note\">The graph view is left out: this graph has ");
      Text(std::to_string(node_count_));
      Raw(" nodes, more than the ");
      Text(std::to_string(options_.max_nodes));
      Raw(" the view draws. Narrow it with <code>--proposition KEY</code>, "
          "<code>--focus CLAIM</code> or <code>--conflicts-only</code>, or raise the limit with "
          "<code>--max-nodes N</code>. The table above is complete; its claims still show "
          "their provenance here.</p>\n");
      return;
    }
    Raw("<div class=\"toolbar\"><button type=\"button\" id=\"fit\">Fit</button>"
        "<button type=\"button\" id=\"relayout\">Re-layout</button><span class=\"legend\">"
        "<span><i class=\"swatch\" style=\"background:#fff6cc\"></i>claim</span>"
        "<span><i class=\"swatch\" style=\"background:#d6e9c6;border-radius:6px\"></i>source</span>"
        "<span><i class=\"swatch\" style=\"background:#fafaf5\"></i>document</span>"
        "<span style=\"color:#ff0000\">\u2501 disjoint</span>"
        "<span style=\"color:#ff0000\">\u254c disputes</span>"
        "<span style=\"color:#7f7f7f\">\u2192 revision</span>"
        "<span>\u2192 asserts</span><span>\u2508 provenance</span>"
        "</span></div>\n<div id=\"graph\" aria-label=\"graph view: drag to pan, scroll to zoom, "
        "click a claim for its provenance\"></div>\n");
  }

  // ---- the data block ----

  template <typename Writer>
  void JsonString(Writer& w, std::string_view s) {
    scratch_.clear();
    AppendValidUtf8(s, &scratch_, &replaced_);
    w.String(scratch_.data(), static_cast<rapidjson::SizeType>(scratch_.size()));
  }
  template <typename Writer>
  void Key(Writer& w, std::string_view k) {
    w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
  }
  template <typename Writer>
  void Field(Writer& w, std::string_view k, std::string_view v) {
    Key(w, k);
    JsonString(w, v);
  }
  template <typename Writer>
  void Names(Writer& w, std::string_view k, const std::vector<std::string_view>& names) {
    Key(w, k);
    w.StartArray();
    for (std::string_view n : names) JsonString(w, n);
    w.EndArray();
  }

  template <typename Writer>
  void Elements(Writer& w) {
    GraphView view = BuildView(g_, options_.scope);
    Key(w, "nodes");
    w.StartArray();
    for (ClaimGraph::Vertex v : view.nodes) {
      w.StartObject();
      Key(w, "data");
      w.StartObject();
      Field(w, "id", NodeId(g_, v));
      const std::vector<AttrKey>& keys = NodeAttrKeys();
      for (const AttrValue& a : NodeAttrs(g_, v)) {
        Key(w, keys[a.key].name);
        if (keys[a.key].type == AttrType::kDouble) {
          w.Double(a.number);
        } else {
          JsonString(w, a.text);
        }
      }
      Field(w, "color", NodeColor(g_, v));
      Field(w, "border_color", NodeBorderColor(g_, v));
      w.EndObject();
      Field(w, "classes", NodeClass(g_, v));
      w.EndObject();
    }
    w.EndArray();
    Key(w, "edges");
    w.StartArray();
    for (size_t i = 0; i < view.edges.size(); ++i) {
      const ViewEdge& e = view.edges[i];
      w.StartObject();
      Key(w, "data");
      w.StartObject();
      Field(w, "id", "e" + std::to_string(i));
      Field(w, "source", NodeId(g_, e.tail));
      Field(w, "target", NodeId(g_, e.head));
      Field(w, "label", EdgeLabel(g_, e));
      Field(w, "relation", RelationName(e.kind));
      Field(w, "color", EdgeColor(e.kind));
      Field(w, "line_style", EdgeLineStyle(e.kind));
      w.EndObject();
      Field(w, "classes", EdgeClass(e.kind));
      w.EndObject();
    }
    w.EndArray();
  }

  // One claim's panel: its figure, and per stance (in scope) the quote and the
  // chain document -> derived from ... -> root, then the origin.
  template <typename Writer>
  void ClaimDetails(Writer& w, ClaimId id) {
    const Claim& c = g_.claims()[id];
    scratch_.clear();
    AppendValidUtf8(NodeId(g_, g_.ClaimVertex(id)), &scratch_, &replaced_);
    Key(w, scratch_);
    w.StartObject();
    Field(w, "id", g_.Str(c.id));
    Field(w, "figure", FigureText(g_, id, /*with_unit=*/false));
    Field(w, "proposition", g_.Str(c.proposition));
    Field(w, "unit", g_.Str(c.unit));
    Field(w, "interval", IntervalText(c.interval));
    if (c.scope != kNoSymbol) Field(w, "scope", g_.Str(c.scope));
    if (c.as_of.known()) Field(w, "as_of", c.as_of.ToString());
    Names(w, "origins", OriginNames(id));
    Key(w, "stances");
    w.StartArray();
    StanceId first = g_.FirstStanceOf(id);
    auto stances = g_.StancesOf(id);
    for (size_t k = 0; k < stances.size(); ++k) {
      const StanceId sid = first + static_cast<StanceId>(k);
      if (!StanceInScope(sid)) continue;
      const Stance& s = stances[k];
      w.StartObject();
      Field(w, "source", g_.SourceName(s.source));
      Field(w, "stance", Name(s.kind));
      if (s.attributed_to != kNone) Field(w, "attributed_to", g_.SourceName(s.attributed_to));
      if (s.quote != 0) Field(w, "quote", g_.Text(s.quote));
      Key(w, "chain");
      w.StartArray();
      for (DocumentId d : Provenance::ChainOf(g_, s.document)) {
        const Document& doc = g_.documents()[d];
        w.StartObject();
        Field(w, "id", g_.Str(doc.id));
        if (doc.title != kNoSymbol) Field(w, "title", g_.Str(doc.title));
        if (doc.published.known()) Field(w, "published", doc.published.ToString());
        if (doc.derived_from != kNone) {
          std::string_view how = Name(doc.derivation);
          Field(w, "derivation", how.empty() ? std::string_view("derived") : how);
        }
        w.EndObject();
      }
      w.EndArray();
      if (s.kind == StanceKind::kAsserts) {
        Origin o = provenance_.OriginOf(sid);
        Field(w, "origin", Provenance::OriginName(g_, o));
        Field(w, "origin_kind", Provenance::IsDocumentOrigin(g_, o) ? "document" : "source");
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }

  void Data() {
    rapidjson::StringBuffer json;
    rapidjson::Writer<rapidjson::StringBuffer> w(json);
    w.StartObject();
    Key(w, "graph");
    w.StartObject();
    Key(w, "drawn");
    w.Bool(graph_drawn_);
    Key(w, "nodes");
    w.Uint64(node_count_);
    Key(w, "limit");
    w.Uint64(options_.max_nodes);
    if (graph_drawn_) {
      Key(w, "elements");
      w.StartObject();
      Elements(w);
      w.EndObject();
    }
    w.EndObject();
    // Claims the page can show: those drawn, or when the graph is not drawn, those
    // in the table.
    std::vector<char> shown(g_.num_claims(), 0);
    if (graph_drawn_) {
      for (ClaimId c = 0; c < g_.num_claims(); ++c) shown[c] = InScope(c);
    }
    for (const Contradiction* c : items_) {
      shown[c->a] = 1;
      if (c->b != kNone) shown[c->b] = 1;
    }
    Key(w, "claims");
    w.StartObject();
    for (ClaimId c = 0; c < g_.num_claims(); ++c) {
      if (shown[c]) ClaimDetails(w, c);
    }
    w.EndObject();
    w.EndObject();
    EscapedForScript(std::string_view(json.GetString(), json.GetSize()));
  }

  // JSON inside <script>: "</" becomes "<\/" (no "</script" can end the element)
  // and "<!" becomes "\u003c!" (no "<!--" can switch the parser into its escaped
  // states). '<' occurs only inside JSON strings, where both are the same text.
  void EscapedForScript(std::string_view json) {
    size_t from = 0;
    for (size_t i = 0; i + 1 < json.size(); ++i) {
      if (json[i] != '<') continue;
      if (json[i + 1] == '/') {
        Raw(json.substr(from, i + 1 - from));
        Raw("\\");
        from = i + 1;
      } else if (json[i + 1] == '!') {
        Raw(json.substr(from, i - from));
        Raw("\\u003c");
        from = i + 1;
      }
    }
    Raw(json.substr(from));
  }

  const ClaimGraph& g_;
  const ExportOptions& options_;
  std::ostream& out_;
  Provenance provenance_;
  ContradictionReport report_;
  std::vector<const Contradiction*> items_;
  size_t node_count_ = 0;
  bool graph_drawn_ = false;
  std::string buffer_;
  std::string scratch_;
  uint64_t replaced_ = 0;
};

}  // namespace

Status HtmlExporter::Write(const ClaimGraph& graph, std::ostream& out) {
  PageWriter page(graph, options_, out);
  Status status = page.Write();
  replaced_ = page.replaced();
  return status;
}

}  // namespace claimgraph
