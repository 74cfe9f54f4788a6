// JSON for `check` and `trace`: the contract fields of the issue (kind,
// proposition, claims with id/qualifier/min/max/unit/sources/origins,
// disputed_by) plus fields a pipeline wants beside them.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "core/cache_line.h"
#include "exporters/figure_text.h"
#include "exporters/json_stream.h"
#include "exporters/report_json.h"

namespace claimgraph {
namespace {

template <typename Writer>
void String(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Writers that can copy a pre-serialised value in as a block (BulkWriter).
template <typename W>
concept CopiesBlocks = requires(W w) { w.RawBlock("", 0, rapidjson::kObjectType); };

// Keys are this file's own literals; BulkWriter copies them in as blocks (they need
// no escape), as it does any such string.
template <typename Writer>
void Key(Writer& w, std::string_view s) {
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Integral figures print as integers (225, not 225.0); others shortest round-trip.
template <typename Writer>
void Number(Writer& w, double v) {
  if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0) {
    w.Int64(static_cast<int64_t>(v));
  } else {
    w.Double(v);
  }
}

template <typename Writer>
void Bound(Writer& w, double v) {
  if (std::isfinite(v)) {
    Number(w, v);
  } else {
    w.Null();
  }
}

std::vector<std::string_view> AssertingSources(const ClaimGraph& g, ClaimId c) {
  std::vector<std::string_view> names;
  for (const Stance& s : g.StancesOf(c)) {
    if (s.kind == StanceKind::kAsserts) names.push_back(g.SourceName(s.source));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::vector<std::string_view> OriginNames(const ClaimGraph& g, const Provenance& p, ClaimId c) {
  std::vector<std::string_view> names;
  for (Origin o : p.OriginsOf(c)) names.push_back(Provenance::OriginName(g, o));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

template <typename Writer>
void StringArray(Writer& w, const std::vector<std::string_view>& items) {
  w.StartArray();
  for (std::string_view s : items) String(w, s);
  w.EndArray();
}

// How much of a claim to write: everything (trace), or what a contradiction
// report needs beside the item's own proposition (check).
enum class ClaimDetail { kFull, kInReport };

// The members of a <claim> object (without the braces).
template <typename Writer>
void ClaimFields(Writer& w, const ClaimGraph& g, const Provenance& p, ClaimId id,
                 ClaimDetail detail = ClaimDetail::kFull) {
  const bool full = detail == ClaimDetail::kFull;
  const Claim& c = g.claims()[id];
  Key(w, "id");
  String(w, g.Str(c.id));
  if (full) {
    Key(w, "proposition");
    String(w, g.Str(c.proposition));
  }
  Key(w, "qualifier");
  String(w, Name(c.qualifier));
  Key(w, "value");
  if (c.qualifier == Qualifier::kRange) {
    w.StartArray();
    Number(w, c.value);
    Number(w, c.value_hi);
    w.EndArray();
  } else {
    Number(w, c.value);
  }
  Key(w, "min");
  Bound(w, c.interval.lo);
  Key(w, "max");
  Bound(w, c.interval.hi);
  // Open ends matter ("more than 225" against "225"); in reports only the open
  // ones are written, to keep million-pair reports lean.
  if (full || c.interval.lo_open) {
    Key(w, "min_open");
    w.Bool(c.interval.lo_open);
  }
  if (full || c.interval.hi_open) {
    Key(w, "max_open");
    w.Bool(c.interval.hi_open);
  }
  Key(w, "unit");
  String(w, g.Str(c.unit));
  if (c.scope != kNoSymbol) {
    Key(w, "scope");
    String(w, g.Str(c.scope));
  }
  if (c.as_of.known()) {
    Key(w, "as_of");
    String(w, c.as_of.ToString());
  }
  if (full || c.text != kNoSymbol) {
    Key(w, "text");
    String(w, FigureText(g, id, /*with_unit=*/false));
  }
  Key(w, "sources");
  StringArray(w, AssertingSources(g, id));
  Key(w, "origins");
  StringArray(w, OriginNames(g, p, id));
}

// The report objects of the claims one chunk of items names, each serialised on
// its first use in the chunk and copied as a block after: a claim in many pairs (a
// large proposition) is built once per chunk, not once per pair. Pairs stay within
// a proposition and items come grouped by proposition, so a chunk names few claims
// and the memo stays the size of the chunk. (A memo of every claim in the report
// was 109 MB at a million claims, all of it fresh pages, built before the first
// item could be written.)
// Each worker has one, written at every claim: on cache lines of its own.
class alignas(kCacheLine) ClaimMemo {
 public:
  // Forgets what it held and makes room for the claims of `items` items.
  void Reset(size_t items) {
    size_t size = 16;
    while (size < 4 * items) size *= 2;  // two claims an item, at most half full
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    json_.Clear();
  }

  // The claim's report object; valid until the next call.
  std::string_view Get(const CheckResult& r, ClaimId id) {
    size_t i = (id * 0x9E3779B97F4A7C15ull >> 17) & mask_;
    while (slots_[i].id != kNone && slots_[i].id != id) i = (i + 1) & mask_;
    Slot& slot = slots_[i];
    if (slot.id == kNone) {
      slot.id = id;
      slot.begin = json_.GetSize();
      writer_.Reset(json_);
      writer_.StartObject();
      ClaimFields(writer_, r.graph, r.provenance, id, ClaimDetail::kInReport);
      writer_.EndObject();
      slot.size = json_.GetSize() - slot.begin;
    }
    return std::string_view(json_.GetString() + slot.begin, slot.size);
  }

  template <typename Out>
  void Copy(Out& out, const CheckResult& r, ClaimId id) {
    const std::string_view json = Get(r, id);
    out.RawBlock(json.data(), json.size(), rapidjson::kObjectType);
  }

 private:
  struct Slot {
    ClaimId id = kNone;
    size_t begin = 0, size = 0;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  rapidjson::StringBuffer json_;
  BulkWriter<rapidjson::StringBuffer> writer_{json_};
};

template <typename Writer>
void ReportClaim(Writer& w, const CheckResult& r, ClaimMemo* memo, ClaimId id) {
  if constexpr (CopiesBlocks<Writer>) {
    if (memo) {
      memo->Copy(w, r, id);
      return;
    }
  }
  w.StartObject();
  ClaimFields(w, r.graph, r.provenance, id, ClaimDetail::kInReport);
  w.EndObject();
}

// An item's opening, up to its claims: `{"kind":…,"proposition":…,"unit":…,"claims":[`.
template <typename Writer>
void ItemHead(Writer& w, const ClaimGraph& g, const Contradiction& c) {
  const PropositionGroup& group = g.groups()[c.group];
  w.StartObject();
  Key(w, "kind");
  String(w, Name(c.kind));
  Key(w, "proposition");
  String(w, g.Str(group.proposition));
  Key(w, "unit");
  String(w, g.Str(group.unit));
  Key(w, "claims");
  w.StartArray();
}

// One contradiction item.
template <typename Writer>
void WriteItem(Writer& w, const CheckResult& r, ClaimMemo* memo, const Contradiction& c) {
  const ClaimGraph& g = r.graph;
  ItemHead(w, g, c);
  ReportClaim(w, r, memo, c.a);
  if (c.b != kNone) ReportClaim(w, r, memo, c.b);
  w.EndArray();
  if (c.kind == ContradictionKind::kDispute) {
    Key(w, "disputed_by");
    StringArray(w, DisputersOf(g, c.a));
    Key(w, "disputes");
    w.StartArray();
    for (const Stance& s : g.StancesOf(c.a)) {
      if (s.kind != StanceKind::kDisputes) continue;
      w.StartObject();
      Key(w, "source");
      String(w, g.SourceName(s.source));
      Key(w, "document");
      String(w, g.Str(g.documents()[s.document].id));
      if (s.quote != 0) {
        Key(w, "quote");
        String(w, g.Text(s.quote));
      }
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

// A disjoint or revision pair as bytes: all that differs from pair to pair within
// a group is its two claims, so the rest (ItemHead: the kind, the proposition and
// unit escaped, the keys around them) is made once per group and kind, and copied.
// What WriteItem writes, byte for byte (tests/exporters compare the two).
class PairHead {
 public:
  std::string_view Of(const ClaimGraph& g, const Contradiction& c) {
    if (c.group != group_ || c.kind != kind_) {
      group_ = c.group;
      kind_ = c.kind;
      rapidjson::StringBuffer buffer;
      BulkWriter<rapidjson::StringBuffer> w(buffer);
      ItemHead(w, g, c);
      head_.assign(buffer.GetString(), buffer.GetSize());
    }
    return head_;
  }

 private:
  uint32_t group_ = kNone;
  ContradictionKind kind_ = ContradictionKind::kDisjoint;
  std::string head_;
};

void Append(rapidjson::StringBuffer& out, std::string_view bytes) {
  std::memcpy(out.Push(bytes.size()), bytes.data(), bytes.size());
}

// A dispute item writes each disputing stance's document id and quote: strings
// scattered over the whole graph, two or three dependent cache misses each. Met
// one item at a time those misses queue up (a tenth of a million-claim report's
// items, dispute items took half its serialising time); this walks the chain a
// few dispute items ahead, one link a step, so they overlap with the writing.
class DisputeLookahead {
 public:
  DisputeLookahead(const ClaimGraph& g, const Contradiction* begin, const Contradiction* end)
      : g_(g) {
    for (const Contradiction* c = begin; c != end; ++c) {
      if (c->kind == ContradictionKind::kDispute) items_.push_back(c);
    }
    for (size_t i = 0; i < kFar; ++i) Step(i);
  }

  // The next dispute item is about to be written.
  void Next() { Step(next_++ + kFar); }

 private:
  static constexpr size_t kFar = 12, kMid = 6, kNear = 3;  // dispute items ahead

  // Starts item i's chains and moves on those of the items kMid and kNear ahead of
  // the one being written: while item n is written, n + kFar has its document rows
  // and quote views asked for, n + kMid the id views and quote bytes, n + kNear
  // the id bytes.
  void Step(size_t i) {
    Each(i, [&](const Stance& s) {
      __builtin_prefetch(&g_.documents()[s.document]);
      g_.PrefetchText(s.quote);
    });
    if (i >= kFar - kMid) {
      Each(i - (kFar - kMid), [&](const Stance& s) {
        g_.PrefetchStr(g_.documents()[s.document].id);
        PrefetchBytes(g_.Text(s.quote));
      });
    }
    if (i >= kFar - kNear) {
      Each(i - (kFar - kNear),
           [&](const Stance& s) { PrefetchBytes(g_.Str(g_.documents()[s.document].id)); });
    }
  }

  template <typename F>
  void Each(size_t i, F&& f) {
    if (i >= items_.size()) return;
    for (const Stance& s : g_.StancesOf(items_[i]->a)) {
      if (s.kind == StanceKind::kDisputes) f(s);
    }
  }

  static void PrefetchBytes(std::string_view s) {
    if (s.empty()) return;
    __builtin_prefetch(s.data());
    __builtin_prefetch(s.data() + s.size() - 1);
  }

  const ClaimGraph& g_;
  std::vector<const Contradiction*> items_;
  size_t next_ = 0;
};

// Items serialised in chunks by `threads` worker threads while this thread
// splices finished chunks into the output, in order. A worker takes the next
// chunk as soon as it is done with one, up to a ring of chunks ahead of the
// splicing, so neither core waits on the other's slice of a batch (a batch split
// in two fixed halves left a core idle a quarter of the time). Memory stays
// bounded by the ring; output matches one thread byte for byte.
class ItemChunks {
 public:
  static constexpr size_t kChunk = 4096;  // items

  ItemChunks(const CheckResult& r, unsigned threads)
      : r_(r), threads_(std::max(1u, threads)), memos_(threads_), ring_(4 * size_t{threads_}) {}

  template <typename Writer>
  void WriteAll(Writer& w) {
    const size_t n = r_.report.items.size();
    chunks_ = (n + kChunk - 1) / kChunk;
    if (chunks_ == 0) return;
    // Room for a chunk of items of the usual size (some 500 bytes) and half as much
    // again: grown from empty, each buffer would be copied into fresh pages a
    // dozen times before it holds its first chunk.
    for (Chunk& chunk : ring_) chunk.bytes.Reserve(std::min(n, kChunk) * 768);
    if (threads_ == 1 || chunks_ == 1) {
      for (size_t k = 0; k < chunks_; ++k) {
        Serialise(k, &ring_[0], memos_[0]);
        Splice(w, ring_[0]);
      }
      return;
    }
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads_; ++t) workers.emplace_back([this, t] { Work(memos_[t]); });
    for (size_t k = 0; k < chunks_; ++k) {
      Chunk& chunk = ring_[k % ring_.size()];
      {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return chunk.ready; });
      }
      Splice(w, chunk);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        chunk.ready = false;
        ++spliced_;
      }
      changed_.notify_all();
    }
    for (auto& worker : workers) worker.join();
  }

 private:
  // Workers fill neighbouring chunks at once: each on cache lines of its own.
  struct alignas(kCacheLine) Chunk {
    rapidjson::StringBuffer bytes;  // its items, each after a comma but the report's first
    bool ready = false;             // serialised, not yet spliced
  };

  // A worker: takes chunks in order until none is left; chunk k waits for its
  // ring slot until chunk k - ring size has been spliced.
  void Work(ClaimMemo& memo) {
    for (;;) {
      size_t k;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        if (next_ == chunks_) return;
        k = next_++;
        changed_.wait(lock, [&] { return k < spliced_ + ring_.size(); });
      }
      Chunk& chunk = ring_[k % ring_.size()];
      Serialise(k, &chunk, memo);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        chunk.ready = true;
      }
      changed_.notify_all();
    }
  }

  void Serialise(size_t k, Chunk* chunk, ClaimMemo& memo) {
    const auto& items = r_.report.items;
    const size_t begin = k * kChunk, end = std::min(items.size(), begin + kChunk);
    rapidjson::StringBuffer& buffer = chunk->bytes;
    buffer.Clear();
    memo.Reset(end - begin);
    BulkWriter<rapidjson::StringBuffer> item_writer(buffer);
    PairHead head;
    DisputeLookahead lookahead(r_.graph, items.data() + begin, items.data() + end);
    for (size_t i = begin; i < end; ++i) {
      const Contradiction& c = items[i];
      if (i > 0) Append(buffer, ",");
      if (c.kind == ContradictionKind::kDispute) {
        lookahead.Next();
        item_writer.Reset(buffer);
        WriteItem(item_writer, r_, &memo, c);
      } else {
        // One claim at a time: a view from memo.Get lasts until its next call.
        Append(buffer, head.Of(r_.graph, c));
        Append(buffer, memo.Get(r_, c.a));
        Append(buffer, ",");
        Append(buffer, memo.Get(r_, c.b));
        Append(buffer, "]}");
      }
    }
  }

  // A chunk (megabytes) goes to the output in one piece, past the writer's buffer.
  template <typename Writer>
  static void Splice(Writer& w, const Chunk& chunk) {
    w.RawElements(chunk.bytes.GetString(), chunk.bytes.GetSize());
  }

  const CheckResult& r_;
  unsigned threads_;
  std::vector<ClaimMemo> memos_;  // one per worker
  std::vector<Chunk> ring_;
  size_t chunks_ = 0;
  std::mutex mutex_;
  std::condition_variable changed_;
  size_t next_ = 0;     // the next chunk a worker takes
  size_t spliced_ = 0;  // chunks spliced so far
};

template <typename Writer>
void WriteCheck(Writer& w, const CheckResult& r, unsigned threads) {
  const ClaimGraph& g = r.graph;
  size_t counts[3] = {0, 0, 0};
  for (const Contradiction& c : r.report.items) ++counts[static_cast<int>(c.kind)];
  w.StartObject();
  Key(w, "summary");
  w.StartObject();
  Key(w, "claims");
  w.Uint(g.num_claims());
  Key(w, "stances");
  w.Uint(g.num_stances());
  Key(w, "sources");
  w.Uint(g.num_sources());
  Key(w, "documents");
  w.Uint(g.num_documents());
  Key(w, "propositions");
  w.Uint(static_cast<unsigned>(g.groups().size()));
  Key(w, "disjoint");
  w.Uint64(counts[0]);
  Key(w, "revision");
  w.Uint64(counts[1]);
  Key(w, "dispute");
  w.Uint64(counts[2]);
  w.EndObject();

  Key(w, "contradictions");
  w.StartArray();
  if constexpr (CopiesBlocks<Writer>) {
    ItemChunks(r, threads).WriteAll(w);
  } else {
    // Pretty output: spliced blocks would break the indentation, so write each
    // item in place (pretty output is for people, and small).
    for (const Contradiction& c : r.report.items) WriteItem(w, r, nullptr, c);
  }
  w.EndArray();

  Key(w, "warnings");
  w.StartArray();
  for (const UnitWarning& warning : r.report.warnings) {
    w.StartObject();
    Key(w, "kind");
    String(w, "units");
    Key(w, "proposition");
    String(w, g.Str(warning.proposition));
    Key(w, "units");
    w.StartArray();
    for (Symbol u : warning.units) String(w, g.Str(u));
    w.EndArray();
    Key(w, "message");
    String(w, "proposition '" + std::string(g.Str(warning.proposition)) +
                  "' is measured in several units; claims are compared within one unit only");
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// The stances of a claim with each one's chain to its origin.
template <typename Writer>
void Chains(Writer& w, const ClaimGraph& g, const Provenance& p, ClaimId id) {
  w.StartArray();
  StanceId first = g.FirstStanceOf(id);
  auto stances = g.StancesOf(id);
  for (size_t k = 0; k < stances.size(); ++k) {
    const Stance& s = stances[k];
    w.StartObject();
    Key(w, "source");
    String(w, g.SourceName(s.source));
    Key(w, "stance");
    String(w, Name(s.kind));
    Key(w, "document");
    String(w, g.Str(g.documents()[s.document].id));
    if (s.attributed_to != kNone) {
      Key(w, "attributed_to");
      String(w, g.SourceName(s.attributed_to));
    }
    if (s.quote != 0) {
      Key(w, "quote");
      String(w, g.Text(s.quote));
    }
    Key(w, "chain");
    w.StartArray();
    for (DocumentId d : Provenance::ChainOf(g, s.document)) String(w, g.Str(g.documents()[d].id));
    w.EndArray();
    if (s.kind == StanceKind::kAsserts) {
      Origin o = p.OriginOf(first + static_cast<StanceId>(k));
      Key(w, "origin");
      String(w, Provenance::OriginName(g, o));
      Key(w, "origin_kind");
      String(w, Provenance::IsDocumentOrigin(g, o) ? "document" : "source");
    }
    w.EndObject();
  }
  w.EndArray();
}

template <typename Writer>
void WriteTrace(Writer& w, const ClaimGraph& g, const Provenance& p, const TraceRequest& request) {
  if (request.claim) {
    ClaimId id = *request.claim;
    w.StartObject();
    Key(w, "claim");
    String(w, g.Str(g.claims()[id].id));
    Key(w, "figure");
    w.StartObject();
    ClaimFields(w, g, p, id);
    w.EndObject();
    Key(w, "origins");
    StringArray(w, OriginNames(g, p, id));
    Key(w, "chains");
    Chains(w, g, p, id);
    w.EndObject();
    return;
  }
  w.StartObject();
  Key(w, "claims");
  w.StartArray();
  for (ClaimId id = 0; id < g.num_claims(); ++id) {
    w.StartObject();
    ClaimFields(w, g, p, id);
    Key(w, "chains");
    Chains(w, g, p, id);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

template <typename Fn>
Status WithWriter(std::ostream& out, bool pretty, Fn fn) {
  BufferedJsonStream stream(out);
  if (pretty) {
    rapidjson::PrettyWriter<BufferedJsonStream> w(stream);
    w.SetIndent(' ', 1);
    fn(w);
  } else {
    BulkWriter<BufferedJsonStream> w(stream);
    fn(w);
  }
  stream.Put('\n');
  stream.Flush();
  if (!out) return Status::IoError("writing the report failed");
  return Status();
}

}  // namespace

Status JsonCheckWriter::Write(const CheckResult& result, std::ostream& out) {
  unsigned threads = std::max(1u, options_.threads);
  return WithWriter(out, options_.pretty, [&](auto& w) { WriteCheck(w, result, threads); });
}

Status JsonTraceWriter::Write(const ClaimGraph& graph, const Provenance& provenance,
                              const TraceRequest& request, std::ostream& out) {
  return WithWriter(out, options_.pretty,
                    [&](auto& w) { WriteTrace(w, graph, provenance, request); });
}

}  // namespace claimgraph
