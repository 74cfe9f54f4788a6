#include "importers/csv_importer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/graph_builder.h"
#include "core/model.h"
#include "core/small_pages.h"
#include "core/swar.h"
#include "importers/figure_parser.h"
#include "importers/read_ahead.h"
#include "importers/text_location.h"
#include "importers/utf8.h"

// Policies the format page leaves open, decided here:
// - A row's document defaults to one named after its source (document id = source
//   name), so a sheet without a `document` column gives each source one document.
// - Blank lines are skipped; a row shorter than the header has its missing fields
//   empty; a longer one is an error. Columns with no name in the header are ignored
//   while their fields are empty.
// - A claim id's figure row (the row with a value) is authoritative; other rows of
//   the claim may repeat its proposition, qualifier, unit and as-of, which must agree.
// - Error locations are those of the offending field itself: its physical line and
//   byte column (1-based, counted after a BOM), and the column name.
namespace claimgraph {
namespace {

constexpr size_t kNoOffset = static_cast<size_t>(-1);
static_assert(kNoOffset == kWellFormed, "a well-formed text's first bad byte is no offset");

// Limits on hostile input (docs/robustness.md): a field longer than this is an error
// (the JSON importer's string limit), and so is a stance past the last uint32_t id
// (kNone is reserved), so ids never wrap.
constexpr size_t kMaxFieldBytes = size_t{1} << 20;
constexpr uint64_t kMaxStances = uint64_t{kNone} - 1;  // 4,294,967,294
constexpr size_t kBytesPerRow = 150;  // about, in sheets: sizes the tables up front

using swar::kOnes;
using swar::LoadWord;
using swar::ZeroBytes;

enum Column : uint8_t {
  kClaimColumn,
  kPropositionColumn,
  kValueColumn,
  kQualifierColumn,
  kUnitColumn,
  kAsOfColumn,
  kSourceColumn,
  kStanceColumn,
  kDocumentColumn,
  kPublishedColumn,
  kAttributedToColumn,
  kDerivedFromColumn,
  kQuoteColumn,
  // Optional columns that carry what the native JSON holds, so a sheet can say
  // everything the dataset does: claim wording and scope, quote offsets, stance id.
  kScopeColumn,
  kTextColumn,
  kQuoteStartColumn,
  kQuoteEndColumn,
  kStanceIdColumn,
  kNumColumns,
};

constexpr std::array<std::string_view, kNumColumns> kColumnNames = {
    "claim",  "proposition", "value",     "qualifier",     "unit",         "as_of", "source",
    "stance", "document",    "published", "attributed_to", "derived_from", "quote",
    "scope",  "text",        "quote_start", "quote_end", "stance_id"};

constexpr std::array<Column, 3> kRequiredColumns = {kPropositionColumn, kValueColumn,
                                                    kSourceColumn};

// One field of a record: a view into the text, or into the reader's scratch buffer
// when the field had to be unescaped. `offset` is where the field starts in the
// text (its opening quote when quoted), for error locations.
struct Field {
  std::string_view value;
  size_t offset = 0;
};

// RFC 4180 records, read in place. Unquoted fields and quoted fields without ""
// are views into the text; only fields holding "" are copied (unescaped) into one
// scratch buffer that is reused from record to record.
class CsvReader {
 public:
  enum class Next { kRecord, kEnd, kUnterminatedQuote, kStrayQuote };

  explicit CsvReader(std::string_view text) : text_(text) {}

  // Reads the next record into `*fields` (views valid until the next call).
  Next Read(std::vector<Field>* fields) {
    fields->clear();
    scratch_.clear();
    fixups_.clear();
    const size_t n = text_.size();
    if (pos_ >= n) return Next::kEnd;
    record_start_ = pos_;
    const char* data = text_.data();
    for (;;) {
      const size_t start = pos_;
      if (pos_ < n && data[pos_] == '"') {
        size_t p = pos_ + 1;
        bool escaped = false;
        for (;;) {
          const void* q = p < n ? std::memchr(data + p, '"', n - p) : nullptr;
          if (q == nullptr) {
            error_offset_ = start;
            error_field_ = fields->size();
            return Next::kUnterminatedQuote;
          }
          p = static_cast<size_t>(static_cast<const char*>(q) - data);
          if (p + 1 < n && data[p + 1] == '"') {
            escaped = true;
            p += 2;
            continue;
          }
          break;  // p is the closing quote
        }
        std::string_view raw = text_.substr(start + 1, p - start - 1);
        if (escaped) {
          // Each "" becomes ": copy up to and including its first quote, skip the second.
          const size_t begin = scratch_.size();
          std::string_view rest = raw;
          for (size_t q = rest.find('"'); q != std::string_view::npos; q = rest.find('"')) {
            scratch_.append(rest.data(), q + 1);
            rest.remove_prefix(q + 2);
          }
          scratch_.append(rest);
          fixups_.push_back({fields->size(), begin, scratch_.size() - begin});
        }
        fields->push_back({raw, start});
        pos_ = p + 1;
        if (pos_ < n && data[pos_] != ',' && !AtLineEnd(pos_)) {
          error_offset_ = pos_;
          error_field_ = fields->size() - 1;
          return Next::kStrayQuote;
        }
      } else {
        size_t p = pos_;
        // Skip eight bytes at a time while none is a ',', '\n' or '\r'.
        while (p + 8 <= n) {
          const uint64_t w = LoadWord(data + p);
          const uint64_t stops = ZeroBytes(w ^ (kOnes * ',')) | ZeroBytes(w ^ (kOnes * '\n')) |
                                 ZeroBytes(w ^ (kOnes * '\r'));
          if (stops != 0) break;
          p += 8;
        }
        while (p < n) {
          char c = data[p];
          if (c == ',' || c == '\n' || (c == '\r' && AtLineEnd(p))) break;
          ++p;
        }
        fields->push_back({text_.substr(pos_, p - pos_), start});
        pos_ = p;
      }
      if (pos_ >= n) {
        record_end_ = pos_;
        break;
      }
      if (data[pos_] == ',') {
        ++pos_;
        continue;
      }
      record_end_ = pos_;
      if (data[pos_] == '\r') ++pos_;
      if (pos_ < n) ++pos_;  // the '\n'
      break;
    }
    // The scratch buffer may have moved while it grew: point views at it only now.
    for (const Fixup& f : fixups_) {
      (*fields)[f.field].value = std::string_view(scratch_.data() + f.begin, f.size);
    }
    return Next::kRecord;
  }

  size_t record_start() const { return record_start_; }
  size_t record_end() const { return record_end_; }  // the line end (or end of text)
  size_t position() const { return pos_; }
  // Whether a field's view points into the text (else into the scratch buffer).
  bool InText(std::string_view v) const {
    return v.data() >= text_.data() && v.data() <= text_.data() + text_.size();
  }
  size_t error_offset() const { return error_offset_; }
  size_t error_field() const { return error_field_; }

 private:
  struct Fixup {
    size_t field, begin, size;
  };

  // A record ends at "\n", "\r\n", or a "\r" that ends the text.
  bool AtLineEnd(size_t p) const {
    char c = text_[p];
    if (c == '\n') return true;
    return c == '\r' && (p + 1 == text_.size() || text_[p + 1] == '\n');
  }

  std::string_view text_;
  size_t pos_ = 0;
  size_t record_start_ = 0;
  size_t record_end_ = 0;
  size_t error_offset_ = 0;
  size_t error_field_ = 0;
  std::string scratch_;
  std::vector<Fixup> fixups_;
};

using ColumnIndexes = std::array<uint32_t, kNumColumns>;  // header index, or kNone

std::string_view FieldOf(const ColumnIndexes& columns, std::span<const Field> fields, Column c) {
  const uint32_t i = columns[c];
  return i < fields.size() ? fields[i].value : std::string_view();
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

// A blank line is no row (a sheet's trailing empty lines, say).
bool IsBlankLine(size_t num_fields, size_t record_start, size_t record_end) {
  return num_fields == 1 && record_end == record_start;
}

// What a row's fields say on their own, with no graph to look at: the stance kind,
// the figure and the dates.
struct RowFigures {
  StanceKind kind = StanceKind::kAsserts;
  Qualifier qualifier = Qualifier::kExact;  // kRange when the value is a range
  Date as_of, published;
  ParsedFigure figure;
  bool has_value = false;
};

struct FieldError {
  Column column;
  std::string message;
};

std::optional<FieldError> ParseDateField(const ColumnIndexes& columns,
                                         std::span<const Field> fields, Column c, Date* out) {
  const std::string_view text = FieldOf(columns, fields, c);
  if (text.empty()) return std::nullopt;
  const std::optional<Date> date = Date::Parse(text);
  if (!date) {
    return FieldError{c, "bad date " + Quoted(text) + " (expected YYYY, YYYY-MM or YYYY-MM-DD)"};
  }
  *out = *date;
  return std::nullopt;
}

// The row's figures, or its first problem in the order the row logic reports them.
// Pure: the read-ahead thread runs it (see RecordBatches).
std::optional<FieldError> ParseRowFigures(const ColumnIndexes& columns,
                                          std::span<const Field> fields, RowFigures* out) {
  auto get = [&](Column c) { return FieldOf(columns, fields, c); };
  const std::optional<StanceKind> kind = ParseStanceKind(get(kStanceColumn));
  if (!kind) {
    return FieldError{kStanceColumn, "unknown stance " + Quoted(get(kStanceColumn)) +
                                         " (expected asserts, disputes)"};
  }
  out->kind = *kind;
  const std::string_view qualifier_text = get(kQualifierColumn);
  const std::optional<Qualifier> qualifier = ParseQualifier(qualifier_text);
  if (!qualifier) {
    return FieldError{kQualifierColumn,
                      "unknown qualifier " + Quoted(qualifier_text) +
                          " (expected exact, at_least, more_than, at_most, less_than, up_to, "
                          "about, range)"};
  }
  out->qualifier = *qualifier;
  if (auto error = ParseDateField(columns, fields, kAsOfColumn, &out->as_of)) return error;
  if (auto error = ParseDateField(columns, fields, kPublishedColumn, &out->published)) return error;
  const std::string_view value = get(kValueColumn);
  out->has_value = !IsBlank(value);
  if (!out->has_value) return std::nullopt;
  std::string error;
  if (!ParseFigure(value, &out->figure, &error)) {
    return FieldError{kValueColumn, "bad value " + Quoted(value) + ": " + error};
  }
  if (out->figure.is_range) {
    if (qualifier_text.empty()) {
      out->qualifier = Qualifier::kRange;
    } else if (out->qualifier != Qualifier::kRange) {
      return FieldError{kQualifierColumn, "qualifier " + Quoted(qualifier_text) +
                                              " does not fit the range value " + Quoted(value) +
                                              " (a range takes qualifier range or none)"};
    }
  } else if (out->qualifier == Qualifier::kRange) {
    return FieldError{kValueColumn,
                      "qualifier 'range' needs a range value like 10..20, not " + Quoted(value)};
  }
  return std::nullopt;
}

// A record's figures as the read-ahead thread parsed them, and the hashes of the
// ids the row logic will look up: work off the thread the import waits on, and
// (documents, claims) table slots it can prefetch rows ahead.
struct ParsedRow {
  bool ok = false;  // else the row logic parses again, for the error message
  RowFigures figures;
  // Interner::Hash of each id.
  uint64_t document_hash = 0, parent_hash = 0, source_hash = 0, attributed_hash = 0;
  // A row with a figure and no claim id: its key's GraphBuilder::FigureHash, and
  // its generated claim id (at [id_begin, +id_size) of the batch's generated_ids)
  // with the id's Interner::Hash.
  bool has_key = false;
  uint64_t figure_hash = 0, id_hash = 0;
  uint32_t id_begin = 0, id_size = 0;
};

// Records tokenised ahead of the row logic, in batches (importers/read_ahead.h):
// on a large sheet a second thread runs the tokenizer and the UTF-8 scan while
// this one interns and builds. The producer also copies each record's free texts
// (the quote, then the extra columns' values, left to right) into the graph's
// text store, which the row logic then leaves alone: a quote is most of a row's
// bytes, and copying it is work the producer has time for. So is parsing each
// row's figures and dates (ParseRowFigures): pure work on the row's own fields.
class RecordBatches {
 public:
  struct Record {
    size_t first_field, num_fields;
    size_t start, end;  // the record's first byte and its line end
    TextId first_text;  // the id of the record's first non-empty free text
  };
  struct Batch {
    std::vector<Field> fields;
    std::vector<Record> records;
    std::vector<ParsedRow> rows;  // one per record
    std::string generated_ids;    // see ParsedRow
    std::string scratch;  // unescaped copies of fields that held ""
    // kRecord: more batches follow; kEnd: the text ends here; else the reader's
    // error, which comes after this batch's records.
    CsvReader::Next next = CsvReader::Next::kRecord;
    size_t error_offset = 0, error_field = 0;
    size_t bad_utf8 = kNoOffset;  // the first invalid byte within the batch's bytes
    bool long_field = false;      // some field is longer than kMaxFieldBytes
  };

  // Reads on from where `reader` stands (after the header). `text_columns` are
  // the header indexes of the free texts, in the order the row logic takes them.
  // Threaded, the reading thread does `idle` while it waits for the consumer.
  RecordBatches(std::string_view text, CsvReader* reader, TextStore* texts,
                std::vector<uint32_t> text_columns, const ColumnIndexes& columns,
                size_t records_per_batch, bool threaded, std::function<bool()> idle)
      : text_(text),
        records_per_batch_(std::max<size_t>(1, records_per_batch)),
        reader_(reader),
        texts_(texts),
        text_columns_(std::move(text_columns)),
        columns_(columns),
        batches_([this](ReadAhead<Batch>& out) { Produce(out); }, threaded,
                 ReadAhead<Batch>::kDefaultSlots, std::move(idle)) {}

  // The next batch; valid until the following call. Call no more after a batch
  // whose `next` is not kRecord.
  const Batch& Next() { return batches_.Next(); }

 private:
  void Produce(ReadAhead<Batch>& out) {
    while (Batch* batch = out.Open()) {
      Fill(batch);
      out.Close();
      if (batch->next != CsvReader::Next::kRecord) return;
    }
  }

  // The row logic's pure share of a record: its figures, and the hashes of what it
  // will look up (see ParsedRow).
  void Parse(std::span<const Field> fields, ParsedRow* row, std::string* generated_ids) {
    auto get = [&](Column c) { return FieldOf(columns_, fields, c); };
    row->ok = !ParseRowFigures(columns_, fields, &row->figures).has_value();
    const std::string_view source = get(kSourceColumn), document = get(kDocumentColumn);
    row->document_hash = Interner::Hash(document.empty() ? source : document);
    row->parent_hash = Interner::Hash(get(kDerivedFromColumn));
    row->source_hash = Interner::Hash(source);
    row->attributed_hash = Interner::Hash(get(kAttributedToColumn));
    const std::string_view proposition = get(kPropositionColumn), unit = get(kUnitColumn);
    const RowFigures& f = row->figures;
    row->has_key =
        row->ok && f.has_value && !proposition.empty() && get(kClaimColumn).empty();
    if (!row->has_key) return;
    FigureKey key;
    key.as_of = f.as_of;
    key.qualifier = f.qualifier;
    key.value = f.figure.value;
    key.value_hi = f.figure.value_hi;
    row->figure_hash = GraphBuilder::FigureHash(key, proposition, unit);
    GraphBuilder::GeneratedClaimId(key, proposition, unit, &generated_id_);
    row->id_hash = Interner::Hash(generated_id_);
    row->id_begin = static_cast<uint32_t>(generated_ids->size());
    row->id_size = static_cast<uint32_t>(generated_id_.size());
    *generated_ids += generated_id_;
  }

  void Fill(Batch* batch) {
    batch->fields.clear();
    batch->records.clear();
    batch->rows.clear();
    batch->generated_ids.clear();
    batch->scratch.clear();
    batch->next = CsvReader::Next::kRecord;
    batch->long_field = false;
    struct Fixup {
      size_t field, begin, size;
    };
    std::vector<Fixup> fixups;
    const size_t begin = reader_->position();
    while (batch->records.size() < records_per_batch_) {
      const CsvReader::Next next = reader_->Read(&record_);
      if (next != CsvReader::Next::kRecord) {
        batch->next = next;
        batch->error_offset = reader_->error_offset();
        batch->error_field = reader_->error_field();
        break;
      }
      batch->records.push_back({batch->fields.size(), record_.size(), reader_->record_start(),
                                reader_->record_end(), static_cast<TextId>(texts_->size())});
      for (uint32_t c : text_columns_) {
        if (c < record_.size()) texts_->Add(record_[c].value);  // "" takes no id
      }
      ParsedRow& row = batch->rows.emplace_back();
      if (!IsBlankLine(record_.size(), reader_->record_start(), reader_->record_end())) {
        Parse(record_, &row, &batch->generated_ids);
      }
      for (const Field& f : record_) {
        batch->long_field |= f.value.size() > kMaxFieldBytes;
        if (!reader_->InText(f.value)) {
          fixups.push_back({batch->fields.size(), batch->scratch.size(), f.value.size()});
          batch->scratch.append(f.value);
        }
        batch->fields.push_back(f);
      }
    }
    // The scratch buffer may have moved while it grew: point views at it only now.
    for (const Fixup& f : fixups) {
      batch->fields[f.field].value = std::string_view(batch->scratch.data() + f.begin, f.size);
    }
    const size_t end = reader_->position();
    const size_t bad = FirstInvalidUtf8OrNul(text_.substr(begin, end - begin));
    batch->bad_utf8 = bad == kWellFormed ? kNoOffset : begin + bad;
  }

  std::string_view text_;
  size_t records_per_batch_;
  CsvReader* reader_;
  TextStore* texts_;  // the producer's alone while batches are read
  std::vector<uint32_t> text_columns_;
  const ColumnIndexes& columns_;
  std::string generated_id_;  // scratch
  std::vector<Field> record_;
  ReadAhead<Batch> batches_;  // last: its thread starts once the rest is set up
};


// "'people'" or "none", for messages comparing optional values.
std::string QuotedOrNone(std::string_view s) { return s.empty() ? "none" : Quoted(s); }

std::string DescribeFigure(Qualifier q, double value, double value_hi) {
  std::string out(Name(q));
  out += ' ';
  out += FormatNumber(value);
  if (q == Qualifier::kRange) out += ".." + FormatNumber(value_hi);
  return out;
}

// Remembers the last key looked up, so runs of rows about one document, source or
// claim (the common layout of a sheet) cost one string compare instead of a hash.
struct LastLookup {
  std::string key;
  uint32_t id = kNone;
  bool valid = false;

  template <typename Fn>
  uint32_t Get(std::string_view k, Fn&& lookup) {
    if (!valid || key != k) {
      id = lookup(k);
      key.assign(k);
      valid = true;
    }
    return id;
  }
};

// What rows without a figure said about a claim before any row gave its figure;
// checked when the figure arrives, so the order of rows does not matter.
struct PendingClaim {
  Symbol proposition = kNoSymbol;
  size_t proposition_at = kNoOffset;
  Symbol unit = kNoSymbol;
  size_t unit_at = kNoOffset;
  Date as_of;
  size_t as_of_at = kNoOffset;
  Qualifier qualifier = Qualifier::kExact;
  size_t qualifier_at = kNoOffset;
};

class CsvLoad {
 public:
  // `skipped` is how many bytes (a BOM) came before `text` in the file.
  CsvLoad(std::string_view text, std::string_view file_name, GraphBuilder* builder,
          size_t skipped, bool read_ahead, size_t records_per_batch,
          std::function<void(size_t)> release)
      : text_(text),
        file_(file_name),
        builder_(builder),
        reader_(text),
        skipped_(skipped),
        read_ahead_(read_ahead),
        records_per_batch_(records_per_batch),
        release_(std::move(release)) {
    columns_.fill(kNone);
  }

  Status Run() {
    CG_RETURN_IF_ERROR(ReadHeader());
    // As many documents as rows at most (GraphBuilder::Reserve sizes its tables so).
    const size_t documents = builder_->num_stances() + text_.size() / kBytesPerRow;
    doc_published_at_.reserve(documents);
    doc_derived_at_.reserve(documents);
    doc_last_author_.reserve(documents);
    claim_first_use_.reserve(documents);  // no more claims than rows either
    claim_defined_at_.reserve(documents);
    std::vector<uint32_t> text_columns;
    if (columns_[kQuoteColumn] != kNone) text_columns.push_back(columns_[kQuoteColumn]);
    text_columns.insert(text_columns.end(), extras_.begin(), extras_.end());
    // The reading thread, when ahead, faults in the pages this one is about to
    // fill (core/small_pages.h).
    Prefaulter prefaulter;
    RecordBatches batches(text_, &reader_, &builder_->texts(), std::move(text_columns), columns_,
                          records_per_batch_, read_ahead_, [&] { return prefaulter.RunOne(); });
    for (;;) {
      const RecordBatches::Batch& batch = batches.Next();
      PrefaultAhead(&prefaulter);
      // Earlier batches are done with: their bytes may leave memory.
      if (!batch.records.empty()) release_(skipped_ + batch.records.front().start);
      bad_utf8_ = batch.bad_utf8;
      for (size_t i = 0; i < batch.records.size(); ++i) {
        PrefetchAhead(batch.rows, i);
        const RecordBatches::Record& record = batch.records[i];
        fields_ = std::span<const Field>(batch.fields).subspan(record.first_field, record.num_fields);
        record_start_ = record.start;
        record_end_ = record.end;
        next_text_ = record.first_text;
        if (IsBlankLine(fields_.size(), record_start_, record_end_)) continue;
        // Most batches hold no bad byte and no long field: nothing for CheckFields.
        if (bad_utf8_ != kNoOffset || batch.long_field) CG_RETURN_IF_ERROR(CheckFields());
        CG_RETURN_IF_ERROR(Row(batch.rows[i], batch.generated_ids));
      }
      if (batch.next == CsvReader::Next::kEnd) break;
      if (batch.next != CsvReader::Next::kRecord) {
        return ReaderError(batch.next, batch.error_offset, batch.error_field);
      }
    }
    return CheckFigures();
  }

 private:
  // Starts loading what the rows after row `i` will look up. Most documents and
  // claims are new when met: each Intern() is one miss on a table of millions of
  // slots, which a prefetch this far ahead hides. A repeated claim costs the figure
  // table's slot and then the claim it names (prefetched once the slot is in). The
  // row's source and attributed-to are found in the sources' own table (IdIndex:
  // megabytes at scale, past the core's cache): their slots too.
  void PrefetchAhead(const std::vector<ParsedRow>& rows, size_t i) const {
    if (i + kPrefetchRows < rows.size()) {
      const ParsedRow& ahead = rows[i + kPrefetchRows];
      builder_->symbols().PrefetchSlot(ahead.document_hash);
      builder_->symbols().PrefetchSlot(ahead.parent_hash);
      builder_->PrefetchSource(ahead.source_hash);
      builder_->PrefetchSource(ahead.attributed_hash);
      if (ahead.has_key) {
        builder_->PrefetchFigureSlot(ahead.figure_hash);
        builder_->symbols().PrefetchSlot(ahead.id_hash);
      }
    }
    if (i + kPrefetchRows / 2 < rows.size() && rows[i + kPrefetchRows / 2].has_key) {
      builder_->PrefetchFigureClaim(rows[i + kPrefetchRows / 2].figure_hash);
    }
  }

  // ---- locations and errors ----

  Status Error(size_t offset, std::string_view column, std::string message) const {
    SourceLoc loc = LocationOf(text_, offset, file_);
    loc.field = std::string(column);
    return Status::InvalidInput(std::move(message), std::move(loc));
  }
  Status ErrorAt(Column c, std::string message) const {
    return Error(OffsetOf(c), kColumnNames[c], std::move(message));
  }
  // "on line 3", or "in an earlier input" when another file set it.
  std::string Where(size_t offset) const {
    if (offset == kNoOffset) return "in an earlier input";
    return "on line " + std::to_string(LocationOf(text_, offset, file_).line);
  }

  Status ReaderError(CsvReader::Next next, size_t offset, size_t index) const {
    std::string_view column;
    if (header_done_ && index < header_.size()) column = header_[index];
    if (next == CsvReader::Next::kUnterminatedQuote) {
      return Error(offset, column,
                   "unterminated quoted field: the '\"' here has no closing '\"'");
    }
    return Error(offset, column,
                 "unexpected " + Quoted(text_.substr(offset, 1)) +
                     " after a closing quote (a '\"' inside a quoted field is written '\"\"')");
  }

  // Every field of the record just read: UTF-8 (the first invalid byte of the whole
  // text is found once, up front) and no longer than kMaxFieldBytes.
  Status CheckFields() const {
    const bool header = !header_done_;
    for (size_t i = 0; i < fields_.size(); ++i) {
      const std::string_view column =
          header || i >= header_.size() ? std::string_view() : std::string_view(header_[i]);
      const Field& f = fields_[i];
      if (f.value.size() > kMaxFieldBytes) {
        return Error(f.offset, column,
                     "field of " + std::to_string(f.value.size()) +
                         " bytes exceeds the limit of 1 MiB (1048576 bytes)");
      }
      const size_t end = i + 1 < fields_.size() ? fields_[i + 1].offset : record_end_;
      if (bad_utf8_ >= f.offset && bad_utf8_ < end) {
        if (text_[bad_utf8_] == '\0') {
          return Error(bad_utf8_, column,
                       "NUL byte at byte offset " + std::to_string(bad_utf8_ + skipped_) +
                           " (a text field cannot hold NUL)");
        }
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text_[bad_utf8_]));
        return Error(bad_utf8_, column,
                     std::string("invalid UTF-8: byte ") + byte + " at byte offset " +
                         std::to_string(bad_utf8_ + skipped_) +
                         " does not start a well-formed UTF-8 sequence");
      }
    }
    return Status();
  }

  // ---- header ----

  Status ReadHeader() {
    CsvReader::Next next = reader_.Read(&header_fields_);
    if (next == CsvReader::Next::kEnd) return Error(0, "", "empty CSV: no header row");
    if (next != CsvReader::Next::kRecord) {
      return ReaderError(next, reader_.error_offset(), reader_.error_field());
    }
    fields_ = header_fields_;
    record_start_ = reader_.record_start();
    record_end_ = reader_.record_end();
    bad_utf8_ = FirstInvalidUtf8OrNul(text_.substr(0, reader_.position()));
    CG_RETURN_IF_ERROR(CheckFields());
    header_.reserve(fields_.size());
    for (uint32_t i = 0; i < fields_.size(); ++i) {
      std::string_view name = fields_[i].value;
      for (uint32_t j = 0; j < i; ++j) {
        if (!name.empty() && header_[j] == name) {
          return Error(fields_[i].offset, "",
                       "duplicate column " + Quoted(name) + " in the header (also column " +
                           std::to_string(j + 1) + ")");
        }
      }
      header_.emplace_back(name);
      bool known = false;
      for (size_t c = 0; c < kNumColumns; ++c) {
        if (kColumnNames[c] == name) {
          columns_[c] = i;
          known = true;
        }
      }
      if (!known) extras_.push_back(i);
    }
    for (Column c : kRequiredColumns) {
      if (columns_[c] != kNone) continue;
      std::string have;
      for (const std::string& h : header_) have += (have.empty() ? "" : ", ") + Quoted(h);
      return Error(
          0, "",
          "missing required column " + Quoted(kColumnNames[c]) + " (the header has " + have + ")");
    }
    header_done_ = true;
    return Status();
  }

  // ---- rows ----

  std::string_view Get(Column c) const {
    uint32_t i = columns_[c];
    return i < fields_.size() ? fields_[i].value : std::string_view();
  }
  // Where column `c`'s field starts; the end of the row when the row is short.
  size_t OffsetOf(Column c) const {
    uint32_t i = columns_[c];
    return i < fields_.size() ? fields_[i].offset : record_end_;
  }

  Status Row(const ParsedRow& parsed, std::string_view generated_ids) {
    if (fields_.size() > header_.size()) {
      return Error(fields_[header_.size()].offset, "",
                   "row has " + std::to_string(fields_.size()) + " fields but the header has " +
                       std::to_string(header_.size()) + " columns");
    }
    const std::string_view claim_id = Get(kClaimColumn);
    const std::string_view proposition = Get(kPropositionColumn);
    const std::string_view unit = Get(kUnitColumn);
    const std::string_view source = Get(kSourceColumn);
    const std::string_view document = Get(kDocumentColumn);
    const std::string_view attributed_to = Get(kAttributedToColumn);
    const std::string_view derived_from = Get(kDerivedFromColumn);
    const std::string_view quote = Get(kQuoteColumn);

    if (source.empty()) return ErrorAt(kSourceColumn, "missing source");
    if (!parsed.ok) {
      // The producer's parse failed; this one, of the same fields, names the problem.
      RowFigures unused;
      std::optional<FieldError> error = ParseRowFigures(columns_, fields_, &unused);
      if (error) return ErrorAt(error->column, std::move(error->message));
    }
    const RowFigures& f = parsed.figures;
    const Qualifier qualifier = f.qualifier;
    const ParsedFigure& figure = f.figure;
    const Date as_of = f.as_of, published = f.published;
    const bool has_value = f.has_value;

    // The claim.
    ClaimId claim = kNone;
    if (claim_id.empty()) {
      if (proposition.empty()) return ErrorAt(kPropositionColumn, "missing proposition");
      if (!has_value) {
        return ErrorAt(kValueColumn, "missing value (a row without a claim id needs a figure)");
      }
      FigureKey key;
      key.proposition = InternCached(&proposition_cache_, proposition);
      key.unit = InternCached(&unit_cache_, unit);
      key.as_of = as_of;
      key.qualifier = qualifier;
      key.value = figure.value;
      key.value_hi = figure.value_hi;
      // The producer worked out the key's hash and generated id (see ParsedRow).
      Result<ClaimId> found = builder_->ClaimByFigure(
          key, parsed.figure_hash, generated_ids.substr(parsed.id_begin, parsed.id_size),
          parsed.id_hash);
      if (!found.ok()) return ErrorAt(kValueColumn, found.status().message());
      claim = *found;
    } else {
      claim =
          claim_cache_.Get(claim_id, [&](std::string_view k) { return builder_->ClaimById(k); });
      if (claim >= claim_first_use_.size()) {
        claim_first_use_.resize(claim + 1, kNoOffset);
        claim_defined_at_.resize(claim + 1, kNoOffset);
      }
      if (claim_first_use_[claim] == kNoOffset) claim_first_use_[claim] = OffsetOf(kValueColumn);
      if (has_value) {
        CG_RETURN_IF_ERROR(DefineClaim(claim, claim_id, qualifier, figure, as_of));
      } else {
        CG_RETURN_IF_ERROR(CheckClaimRow(claim, claim_id, qualifier, as_of));
      }
    }

    // The document and its provenance.
    const SourceId author =
        source_cache_.Get(source, [&](std::string_view k) {
          return builder_->SourceById(k, parsed.source_hash);
        });
    const std::string_view doc_name = document.empty() ? source : document;
    const DocumentId doc = document_cache_.Get(
        doc_name, [&](std::string_view k) { return builder_->DocumentById(k, parsed.document_hash); });
    if (doc >= doc_published_at_.size()) {
      doc_published_at_.resize(doc + 1, kNoOffset);
      doc_derived_at_.resize(doc + 1, kNoOffset);
      doc_last_author_.resize(doc + 1, kNone);
    }
    if (published.known()) CG_RETURN_IF_ERROR(SetPublished(doc, doc_name, published));
    if (!derived_from.empty()) {
      CG_RETURN_IF_ERROR(SetDerivedFrom(doc, doc_name, derived_from, parsed.parent_hash));
    }
    if (f.kind == StanceKind::kAsserts && doc_last_author_[doc] != author) {
      builder_->AddAuthor(doc, author);
      doc_last_author_[doc] = author;
    }

    // The stance.
    Stance stance;
    stance.claim = claim;
    stance.source = author;
    stance.document = doc;
    stance.kind = f.kind;
    if (!attributed_to.empty()) {
      stance.attributed_to = attributed_cache_.Get(attributed_to, [&](std::string_view k) {
        return builder_->SourceById(k, parsed.attributed_hash);
      });
    }
    stance.quote = quote.empty() ? 0 : next_text_++;  // stored by RecordBatches
    CG_RETURN_IF_ERROR(ParseOffset(kQuoteStartColumn, &stance.quote_start));
    CG_RETURN_IF_ERROR(ParseOffset(kQuoteEndColumn, &stance.quote_end));
    if ((stance.quote_start == kNone) != (stance.quote_end == kNone)) {
      return ErrorAt(stance.quote_start == kNone ? kQuoteStartColumn : kQuoteEndColumn,
                     "quote_start and quote_end come together");
    }
    if (stance.quote_start != kNone && stance.quote_start > stance.quote_end) {
      return ErrorAt(kQuoteEndColumn, "quote_end " + std::to_string(stance.quote_end) +
                                          " is before quote_start " +
                                          std::to_string(stance.quote_start));
    }
    if (!Get(kStanceIdColumn).empty()) stance.id = builder_->Intern(Get(kStanceIdColumn));
    if (builder_->num_stances() >= kMaxStances) {
      return Error(record_start_, "",
                   "too many stances: the limit is 4294967294 (stance ids are 32-bit)");
    }
    const StanceId id = builder_->AddStance(stance);
    for (uint32_t i : extras_) {
      if (i >= fields_.size() || fields_[i].value.empty()) continue;
      if (header_[i].empty()) {
        return Error(
            fields_[i].offset, "",
            "value " + Quoted(fields_[i].value) + " in a column with no name in the header");
      }
      builder_->AddAttribute(EntityKind::kStance, id, header_[i], next_text_++);
    }
    return Status();
  }

  // A byte offset: digits only, below 2^32 - 1 (that value means "none").
  Status ParseOffset(Column c, uint32_t* out) const {
    std::string_view text = Get(c);
    if (text.empty()) return Status();
    uint64_t v = 0;
    bool ok = text.size() <= 10;
    for (char ch : text) ok = ok && ch >= '0' && ch <= '9';
    if (ok) {
      for (char ch : text) v = v * 10 + static_cast<uint64_t>(ch - '0');
      ok = v < kNone;
    }
    if (!ok) return ErrorAt(c, "bad byte offset " + Quoted(text) + " (expected 0 to 4294967294)");
    *out = static_cast<uint32_t>(v);
    return Status();
  }


  Symbol InternCached(LastLookup* cache, std::string_view s) {
    return cache->Get(s, [&](std::string_view k) { return builder_->Intern(k); });
  }

  Status Mismatch(Column c, std::string_view claim_id, std::string_view what, std::string here,
                  std::string there, size_t there_at) const {
    return ErrorAt(c, "claim " + Quoted(claim_id) + " has " + std::string(what) + " " + here +
                          " here but " + there + " " + Where(there_at));
  }

  // A row with a claim id and a figure: the claim's definition. Repeating it is fine;
  // a different proposition, figure, unit or as-of is an error.
  Status DefineClaim(ClaimId id, std::string_view claim_id, Qualifier q, const ParsedFigure& figure,
                     Date as_of) {
    std::string_view proposition = Get(kPropositionColumn);
    if (proposition.empty()) {
      return ErrorAt(kPropositionColumn,
                     "missing proposition (the row gives claim " + Quoted(claim_id) + " a figure)");
    }
    const Symbol prop = InternCached(&proposition_cache_, proposition);
    const Symbol unit = InternCached(&unit_cache_, Get(kUnitColumn));
    const double value_hi = q == Qualifier::kRange ? figure.value_hi : figure.value;
    if (builder_->HasFigure(id)) {
      const Claim& c = builder_->claim(id);
      const size_t at = claim_defined_at_[id];
      if (c.proposition != prop) {
        return Mismatch(kPropositionColumn, claim_id, "proposition", Quoted(proposition),
                        QuotedOrNone(builder_->symbols().Str(c.proposition)), at);
      }
      if (c.qualifier != q || c.value != figure.value || c.value_hi != value_hi) {
        return Mismatch(kValueColumn, claim_id, "figure",
                        Quoted(DescribeFigure(q, figure.value, value_hi)),
                        Quoted(DescribeFigure(c.qualifier, c.value, c.value_hi)), at);
      }
      if (c.unit != unit) {
        return Mismatch(kUnitColumn, claim_id, "unit", QuotedOrNone(Get(kUnitColumn)),
                        QuotedOrNone(builder_->symbols().Str(c.unit)), at);
      }
      if (c.as_of != as_of) {
        return Mismatch(kAsOfColumn, claim_id, "as_of", QuotedOrNone(as_of.ToString()),
                        QuotedOrNone(c.as_of.ToString()), at);
      }
      return Status();
    }
    auto pending = pending_.find(id);
    if (pending != pending_.end()) {
      const PendingClaim& p = pending->second;
      const Interner& sym = builder_->symbols();
      if (p.proposition_at != kNoOffset && p.proposition != prop) {
        return Mismatch(kPropositionColumn, claim_id, "proposition", Quoted(proposition),
                        Quoted(sym.Str(p.proposition)), p.proposition_at);
      }
      if (p.qualifier_at != kNoOffset && p.qualifier != q) {
        return Mismatch(kQualifierColumn, claim_id, "qualifier", Quoted(Name(q)),
                        Quoted(Name(p.qualifier)), p.qualifier_at);
      }
      if (p.unit_at != kNoOffset && p.unit != unit) {
        return Mismatch(kUnitColumn, claim_id, "unit", QuotedOrNone(Get(kUnitColumn)),
                        Quoted(sym.Str(p.unit)), p.unit_at);
      }
      if (p.as_of_at != kNoOffset && p.as_of != as_of) {
        return Mismatch(kAsOfColumn, claim_id, "as_of", QuotedOrNone(as_of.ToString()),
                        Quoted(p.as_of.ToString()), p.as_of_at);
      }
      pending_.erase(pending);
    }
    builder_->DefineClaim(id);  // may be defined (without a figure) elsewhere: fine
    builder_->SetFigure(id, q, figure.value, value_hi);
    Claim& c = builder_->claim(id);
    c.proposition = prop;
    c.unit = unit;
    c.as_of = as_of;
    if (!Get(kScopeColumn).empty()) c.scope = builder_->Intern(Get(kScopeColumn));
    if (!Get(kTextColumn).empty()) c.text = builder_->Intern(Get(kTextColumn));
    claim_defined_at_[id] = OffsetOf(kValueColumn);
    return Status();
  }

  // A row with a claim id and no figure: whatever else it says about the claim
  // (proposition, qualifier, unit, as-of) must agree with the claim's figure row.
  Status CheckClaimRow(ClaimId id, std::string_view claim_id, Qualifier q, Date as_of) {
    const std::string_view proposition = Get(kPropositionColumn);
    const std::string_view unit_text = Get(kUnitColumn);
    const bool has_qualifier = !Get(kQualifierColumn).empty();
    if (proposition.empty() && unit_text.empty() && !has_qualifier && !as_of.known()) {
      return Status();
    }
    const Symbol prop =
        proposition.empty() ? kNoSymbol : InternCached(&proposition_cache_, proposition);
    const Symbol unit = unit_text.empty() ? kNoSymbol : InternCached(&unit_cache_, unit_text);
    const Interner& sym = builder_->symbols();
    if (builder_->HasFigure(id)) {
      const Claim& c = builder_->claim(id);
      const size_t at = claim_defined_at_[id];
      if (prop != kNoSymbol && prop != c.proposition) {
        return Mismatch(kPropositionColumn, claim_id, "proposition", Quoted(proposition),
                        QuotedOrNone(sym.Str(c.proposition)), at);
      }
      if (has_qualifier && q != c.qualifier) {
        return Mismatch(kQualifierColumn, claim_id, "qualifier", Quoted(Name(q)),
                        Quoted(Name(c.qualifier)), at);
      }
      if (unit != kNoSymbol && unit != c.unit) {
        return Mismatch(kUnitColumn, claim_id, "unit", Quoted(unit_text),
                        QuotedOrNone(sym.Str(c.unit)), at);
      }
      if (as_of.known() && as_of != c.as_of) {
        return Mismatch(kAsOfColumn, claim_id, "as_of", Quoted(as_of.ToString()),
                        QuotedOrNone(c.as_of.ToString()), at);
      }
      return Status();
    }
    PendingClaim& p = pending_[id];
    if (prop != kNoSymbol) {
      if (p.proposition_at == kNoOffset) {
        p.proposition = prop;
        p.proposition_at = OffsetOf(kPropositionColumn);
      } else if (p.proposition != prop) {
        return Mismatch(kPropositionColumn, claim_id, "proposition", Quoted(proposition),
                        Quoted(sym.Str(p.proposition)), p.proposition_at);
      }
    }
    if (has_qualifier) {
      if (p.qualifier_at == kNoOffset) {
        p.qualifier = q;
        p.qualifier_at = OffsetOf(kQualifierColumn);
      } else if (p.qualifier != q) {
        return Mismatch(kQualifierColumn, claim_id, "qualifier", Quoted(Name(q)),
                        Quoted(Name(p.qualifier)), p.qualifier_at);
      }
    }
    if (unit != kNoSymbol) {
      if (p.unit_at == kNoOffset) {
        p.unit = unit;
        p.unit_at = OffsetOf(kUnitColumn);
      } else if (p.unit != unit) {
        return Mismatch(kUnitColumn, claim_id, "unit", Quoted(unit_text), Quoted(sym.Str(p.unit)),
                        p.unit_at);
      }
    }
    if (as_of.known()) {
      if (p.as_of_at == kNoOffset) {
        p.as_of = as_of;
        p.as_of_at = OffsetOf(kAsOfColumn);
      } else if (p.as_of != as_of) {
        return Mismatch(kAsOfColumn, claim_id, "as_of", Quoted(as_of.ToString()),
                        Quoted(p.as_of.ToString()), p.as_of_at);
      }
    }
    return Status();
  }

  Status SetPublished(DocumentId doc, std::string_view doc_name, Date published) {
    Document& d = builder_->document(doc);
    if (!d.published.known()) {
      d.published = published;
      doc_published_at_[doc] = OffsetOf(kPublishedColumn);
    } else if (d.published != published) {
      return ErrorAt(kPublishedColumn, "document " + Quoted(doc_name) + " is published " +
                                           published.ToString() + " here but " +
                                           d.published.ToString() + " " +
                                           Where(doc_published_at_[doc]));
    }
    return Status();
  }

  Status SetDerivedFrom(DocumentId doc, std::string_view doc_name, std::string_view parent_name,
                        uint64_t parent_hash) {
    if (parent_name == doc_name) {
      return ErrorAt(kDerivedFromColumn,
                     "document " + Quoted(doc_name) + " is derived from itself");
    }
    const DocumentId parent = parent_cache_.Get(
        parent_name, [&](std::string_view k) { return builder_->DocumentById(k, parent_hash); });
    Document& d = builder_->document(doc);  // after DocumentById, which may grow the table
    if (d.derived_from == kNone) {
      d.derived_from = parent;
      if (d.derivation == Derivation::kOriginal) d.derivation = Derivation::kRepublication;
      doc_derived_at_[doc] = OffsetOf(kDerivedFromColumn);
    } else if (d.derived_from != parent) {
      return ErrorAt(kDerivedFromColumn,
                     "document " + Quoted(doc_name) + " is derived from " + Quoted(parent_name) +
                         " here but from " +
                         Quoted(builder_->symbols().Str(builder_->document(d.derived_from).id)) +
                         " " + Where(doc_derived_at_[doc]));
    }
    return Status();
  }

  // Every claim id the sheet used must have got a figure from some row.
  Status CheckFigures() const {
    ClaimId first = kNone;
    for (ClaimId id = 0; id < claim_first_use_.size(); ++id) {
      if (claim_first_use_[id] == kNoOffset || builder_->HasFigure(id)) continue;
      if (first == kNone || claim_first_use_[id] < claim_first_use_[first]) first = id;
    }
    if (first == kNone) return Status();
    std::string_view name = builder_->symbols().Str(builder_->claim(first).id);
    return Error(claim_first_use_[first], kColumnNames[kValueColumn],
                 "claim " + Quoted(name) +
                     " has no figure: no row gives it a value (this is its first row)");
  }

  void PrefaultAhead(Prefaulter* prefaulter) {
    builder_->PrefaultAhead(prefaulter);
    prefaulter->Ahead(claim_first_use_);
    prefaulter->Ahead(claim_defined_at_);
    prefaulter->Ahead(doc_published_at_);
    prefaulter->Ahead(doc_derived_at_);
    prefaulter->Ahead(doc_last_author_);
  }

  static constexpr size_t kPrefetchRows = 8;

  std::string_view text_;
  std::string_view file_;
  GraphBuilder* builder_;
  CsvReader reader_;
  size_t skipped_ = 0;
  bool read_ahead_ = false;
  size_t records_per_batch_;
  std::function<void(size_t)> release_;  // Importer::Release
  size_t bad_utf8_ = kNoOffset;  // the first byte that is not UTF-8 in the current batch
  std::vector<Field> header_fields_;
  std::span<const Field> fields_;  // the record at hand
  size_t record_start_ = 0, record_end_ = 0;
  TextId next_text_ = 0;  // the id of the record's next free text (see RecordBatches)
  std::vector<std::string> header_;
  bool header_done_ = false;
  ColumnIndexes columns_;  // header index of each known column, or kNone
  std::vector<uint32_t> extras_;               // header indexes of the other columns

  LastLookup claim_cache_, source_cache_, attributed_cache_, document_cache_, parent_cache_;
  LastLookup proposition_cache_, unit_cache_;

  // Indexed by ClaimId / DocumentId: the offset of the row that first used or set it.
  // Written in row order and read for an error message: on small pages
  // (core/small_pages.h), some 40 MB at a million rows.
  template <typename T>
  using RowTable = std::vector<T, SmallPageAllocator<T>>;
  RowTable<size_t> claim_first_use_, claim_defined_at_;
  std::unordered_map<ClaimId, PendingClaim> pending_;
  RowTable<size_t> doc_published_at_, doc_derived_at_;
  RowTable<SourceId> doc_last_author_;  // skips re-adding the author of runs of rows
};

}  // namespace

Status CsvImporter::Load(std::string_view text, std::string_view file_name, GraphBuilder* builder) {
  // A UTF-8 byte order mark is not part of the first column's name. Columns are
  // counted from after it.
  size_t skipped = 0;
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
    skipped = 3;
  }
  // Sheets run about 150 bytes a row: size the tables once instead of regrowing.
  builder->Reserve(builder->num_stances() + text.size() / kBytesPerRow);
  builder->texts().Reserve(builder->texts().size() + text.size() / kBytesPerRow);  // a quote a row
  return CsvLoad(text, file_name, builder, skipped, text.size() >= read_ahead_from_,
                 records_per_batch_, [this](size_t consumed) { Release(consumed); })
      .Run();
}

}  // namespace claimgraph
